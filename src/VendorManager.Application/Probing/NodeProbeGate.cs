using System.Collections.Concurrent;

namespace VendorManager.Probing;

/// <summary>
/// Nodes being probed by this instance right now: a node still answering (or timing out) for one slot
/// is not probed again for the next. Across instances the slot claim keeps each slot to one probe, and
/// the status row's revision keeps two writers of one node's evidence from overwriting each other.
/// </summary>
public sealed class NodeProbeGate
{
    private readonly ConcurrentDictionary<Guid, byte> busy = new();

    /// <returns>Null while the node is being probed; otherwise a handle that frees the node when disposed.</returns>
    public IDisposable? TryEnter(Guid nodeId) => busy.TryAdd(nodeId, 0) ? new Exit(busy, nodeId) : null;

    private sealed class Exit(ConcurrentDictionary<Guid, byte> busy, Guid nodeId) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0) busy.TryRemove(nodeId, out _);
        }
    }
}
