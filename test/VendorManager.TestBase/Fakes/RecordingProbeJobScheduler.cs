using System.Collections.Concurrent;
using VendorManager.Probing;

namespace VendorManager.TestBase.Fakes;

/// <summary>Keeps the probe jobs the dispatcher scheduled, so a test can assert them or run them itself.</summary>
public sealed class RecordingProbeJobScheduler : IProbeJobScheduler
{
    private readonly ConcurrentQueue<(Guid NodeId, DateTime Slot)> scheduled = new();

    public IReadOnlyList<(Guid NodeId, DateTime Slot)> Scheduled => scheduled.ToList();

    public void Schedule(Guid nodeId, DateTime slot) => scheduled.Enqueue((nodeId, slot));

    public void Clear() => scheduled.Clear();
}
