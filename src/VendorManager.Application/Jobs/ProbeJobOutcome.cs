namespace VendorManager.Jobs;

/// <summary>What a probe job did with its slot; the job dashboard shows it as the job's result.</summary>
public enum ProbeJobOutcome
{
    Probed,
    /// <summary>Another instance or an earlier run already probed this slot.</summary>
    AlreadyDone,
    /// <summary>The node's previous probe still held its lock.</summary>
    Busy,
    /// <summary>The job ran more than an interval after its slot.</summary>
    Stale,
    /// <summary>The node was deleted or disabled after the slot was scheduled.</summary>
    NodeGone,
}
