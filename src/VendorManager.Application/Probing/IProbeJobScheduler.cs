namespace VendorManager.Probing;

/// <summary>
/// Puts a batch of probe slots on the job queue, to start at <c>runAt</c>; each probe in it still
/// waits for its own slot. The Web host implements it with Hangfire.
/// </summary>
public interface IProbeJobScheduler
{
    void Schedule(IReadOnlyList<ProbeSlot> slots, DateTime runAt);
}
