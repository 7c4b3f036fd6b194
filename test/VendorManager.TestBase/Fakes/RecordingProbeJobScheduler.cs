using System.Collections.Concurrent;
using VendorManager.Probing;

namespace VendorManager.TestBase.Fakes;

/// <summary>Keeps the probe batches the dispatcher scheduled, so a test can assert them or run them itself.</summary>
public sealed class RecordingProbeJobScheduler : IProbeJobScheduler
{
    private readonly ConcurrentQueue<(IReadOnlyList<ProbeSlot> Slots, DateTime RunAt)> batches = new();

    public IReadOnlyList<(IReadOnlyList<ProbeSlot> Slots, DateTime RunAt)> Batches => batches.ToList();

    /// <summary>Every scheduled slot, in order.</summary>
    public IReadOnlyList<(Guid NodeId, DateTime Slot)> Scheduled => batches.SelectMany(b => b.Slots).Select(s => (s.NodeId, s.Slot)).ToList();

    public void Schedule(IReadOnlyList<ProbeSlot> slots, DateTime runAt) => batches.Enqueue((slots, runAt));

    public void Clear() => batches.Clear();
}
