namespace VendorManager.Probing;

/// <summary>Puts one node's probe for one slot on the job queue, to run at the slot. The Web host implements it with Hangfire.</summary>
public interface IProbeJobScheduler
{
    void Schedule(Guid nodeId, DateTime slot);
}
