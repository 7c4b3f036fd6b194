namespace VendorManager.Jobs;

/// <summary>What a batch did, as the job dashboard shows it.</summary>
public sealed record ProbeBatchSummary(int Probed, int AlreadyDone, int Busy, int Stale, int NodeGone, int Failed)
{
    public static ProbeBatchSummary Of(IEnumerable<ProbeJobOutcome?> outcomes)
    {
        var list = outcomes.ToList();
        int Count(ProbeJobOutcome outcome) => list.Count(o => o == outcome);
        return new ProbeBatchSummary(Count(ProbeJobOutcome.Probed), Count(ProbeJobOutcome.AlreadyDone), Count(ProbeJobOutcome.Busy),
            Count(ProbeJobOutcome.Stale), Count(ProbeJobOutcome.NodeGone), list.Count(o => o is null));
    }
}
