using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class NodeEvidenceRecorderTests
{
    private static readonly TimeSpan TwoIntervals = TimeSpan.FromSeconds(2 * Interval);

    [Fact]
    public void Should_Open_The_First_Interval_At_The_First_Probe()
    {
        var change = NodeEvidenceRecorder.Record(null, EvidenceConsts.GenesisHash, 0, Interval, Up(T0));

        var open = Assert.Single(change.Inserted);
        Assert.Same(open, change.Open);
        Assert.Empty(change.Sealed);
        Assert.Null(change.Updated);
        Assert.False(change.IsIgnored);
        Assert.Equal((1L, EvidenceConsts.GenesisHash, T0, T0, 1), (open.Sequence, open.PreviousHash, open.From, open.To, open.ProbeCount));
        Assert.Equal((EvidenceConsts.GenesisHash, 0L), (change.LastSealedHash, change.LastSequence));
    }

    [Fact]
    public void Should_Open_After_The_Last_Sealed_Row_When_No_Interval_Is_Open()
    {
        var tip = new string('c', 64);
        var open = NodeEvidenceRecorder.Record(null, tip, 41, Interval, Up(T0)).Open;
        Assert.Equal((42L, tip), (open.Sequence, open.PreviousHash));
    }

    [Fact]
    public void Should_Extend_The_Open_Interval_While_The_State_Holds_And_Keep_The_First_Reason()
    {
        var log = new EvidenceLog().RecordAll(Degraded(At(0), ProbeReason.Slow));
        var change = log.Record(Degraded(At(60), ProbeReason.FindFailed));

        Assert.Same(log.Rows[0], change.Open);
        Assert.Same(change.Open, change.Updated);
        Assert.Empty(change.Inserted);
        Assert.Empty(change.Sealed);
        Assert.Equal((At(0), At(60), 2, ProbeReason.Slow), (change.Open.From, change.Open.To, change.Open.ProbeCount, change.Open.Reason));
        Assert.False(change.Open.IsSealed);
    }

    [Fact]
    public void Should_Ignore_An_Observation_Older_Than_The_Open_Interval_End()
    {
        var log = new EvidenceLog().Every(0, 120, t => Up(t));
        var change = log.Record(Down(At(119)));

        Assert.True(change.IsIgnored);
        Assert.Empty(change.Inserted);
        Assert.Null(change.Updated);
        Assert.Same(log.Open, change.Open);
        Assert.Equal((At(120), 3, ProbeState.Up), (log.Open!.To, log.Open.ProbeCount, log.Open.State));
        Assert.Single(log.Rows);
    }

    [Fact]
    public void Should_Accept_An_Observation_At_Exactly_The_Open_Interval_End()
    {
        var log = new EvidenceLog().Every(0, 60, t => Up(t));
        var change = log.Record(Down(At(60)));

        Assert.False(change.IsIgnored);
        var closed = Assert.Single(change.Sealed);
        Assert.Equal((At(0), At(60)), (closed.From, closed.To));
        Assert.Equal((At(60), At(60)), (change.Open.From, change.Open.To));
    }

    [Fact]
    public void Should_Seal_At_The_First_Probe_Of_A_New_State_And_Open_The_Next_There()
    {
        var log = new EvidenceLog().Every(0, 120, t => Up(t));
        var up = log.Open!;
        var change = log.Record(Down(At(180), ProbeReason.TimedOut, "no answer in 10 s"));

        Assert.Same(up, Assert.Single(change.Sealed));
        Assert.Same(up, change.Updated);
        Assert.Equal((At(0), At(180), 3), (up.From, up.To, up.ProbeCount));
        Assert.True(up.IsSealed);
        Assert.Equal(up.ComputeHash(), up.Hash);

        var down = Assert.Single(change.Inserted);
        Assert.Same(down, change.Open);
        Assert.Equal((2L, up.Hash!, At(180), At(180), 1), (down.Sequence, down.PreviousHash, down.From, down.To, down.ProbeCount));
        Assert.Equal((ProbeState.Down, ProbeReason.TimedOut, "no answer in 10 s"), (down.State, down.Reason, down.ReasonText));
        Assert.Equal((up.Hash!, 1L), (change.LastSealedHash, change.LastSequence));
    }

    [Fact]
    public void Should_Extend_When_The_Next_Probe_Is_Exactly_Two_Intervals_Late()
    {
        var log = new EvidenceLog().RecordAll(Up(T0));
        var change = log.Record(Up(T0 + TwoIntervals));

        Assert.Empty(change.Inserted);
        Assert.Equal((T0 + TwoIntervals, 2), (change.Open.To, change.Open.ProbeCount));
    }

    [Fact]
    public void Should_Record_A_Monitoring_Gap_One_Microsecond_Past_Two_Intervals()
    {
        // One microsecond is the finest step an observation keeps.
        var log = new EvidenceLog().RecordAll(Up(T0));
        var change = log.Record(Up(T0 + TwoIntervals + TimeSpan.FromMicroseconds(1)));

        Assert.Equal(2, change.Sealed.Count);
        Assert.Equal(ProbeState.Unknown, change.Sealed[1].State);
    }

    [Fact]
    public void Should_Seal_The_Open_Interval_At_Its_Last_Probe_And_Record_The_Silence_As_Unknown()
    {
        var log = new EvidenceLog().Every(0, 120, t => Up(t));
        var up = log.Open!;
        var change = log.Record(Up(At(420)));

        Assert.Equal((At(0), At(120), 3), (up.From, up.To, up.ProbeCount));
        Assert.True(up.IsSealed);
        Assert.Same(up, change.Updated);

        Assert.Equal(2, change.Sealed.Count);
        Assert.Same(up, change.Sealed[0]);
        var gap = change.Sealed[1];
        Assert.Equal(2, change.Inserted.Count);
        Assert.Same(gap, change.Inserted[0]);
        Assert.Equal((2L, up.Hash!), (gap.Sequence, gap.PreviousHash));
        Assert.Equal((At(120), At(420), ProbeState.Unknown, ProbeReason.MonitoringGap), (gap.From, gap.To, gap.State, gap.Reason));
        Assert.Equal(("no probe for 300 s", 0, true), (gap.ReasonText, gap.ProbeCount, gap.IsSealed));

        var next = change.Inserted[1];
        Assert.Same(next, change.Open);
        Assert.Equal((3L, gap.Hash!, At(420), At(420), ProbeState.Up), (next.Sequence, next.PreviousHash, next.From, next.To, next.State));
        Assert.Equal((gap.Hash!, 2L), (change.LastSealedHash, change.LastSequence));
    }

    [Fact]
    public void Should_Not_Stretch_Down_Time_Over_A_Gap_When_The_State_Changes_After_It()
    {
        var log = new EvidenceLog().Every(0, 60, t => Down(t)).RecordAll(Up(At(600)));

        Assert.Equal([ProbeState.Down, ProbeState.Unknown, ProbeState.Up], log.Rows.Select(r => r.State));
        Assert.Equal(At(60), log.Rows[0].To);
        Assert.Equal((At(60), At(600)), (log.Rows[1].From, log.Rows[1].To));
    }

    [Fact]
    public void Should_Chain_Sequences_And_Hashes_Through_Every_Row()
    {
        var log = new EvidenceLog()
            .Every(0, 600, t => Up(t))
            .Every(660, 900, t => Down(t))
            .Every(960, 1200, t => Degraded(t))
            .Every(2000, 2300, t => Up(t))
            .Every(2360, 2360, t => Down(t));

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], log.Rows.Select(r => r.Sequence));
        Assert.Equal(EvidenceConsts.GenesisHash, log.Rows[0].PreviousHash);
        for (var i = 1; i < log.Rows.Count; i++)
            Assert.Equal(log.Rows[i - 1].Hash, log.Rows[i].PreviousHash);
        Assert.All(log.Rows.SkipLast(1), r => Assert.True(r.IsSealed));
        Assert.False(log.Rows[^1].IsSealed);
        Assert.Equal((log.Rows[^2].Hash!, 5L), (log.LastSealedHash, log.LastSequence));
        Assert.True(EvidenceChainVerifier.Verify(NodeId, log.Rows).IsValid);
    }

    [Fact]
    public void Should_Refuse_An_Open_Interval_That_Does_Not_Follow_The_Given_Tip()
    {
        var log = new EvidenceLog().Every(0, 120, t => Up(t)).RecordAll(Down(At(180)));

        var stale = AssertRefused(Codes.ChainTipMismatch,
            () => NodeEvidenceRecorder.Record(log.Open, EvidenceConsts.GenesisHash, 0, Interval, Down(At(240))));
        Assert.Equal(BusinessErrorKind.Conflict, stale.Kind);
        AssertRefused(Codes.ChainTipMismatch,
            () => NodeEvidenceRecorder.Record(log.Open, new string('d', 64), 1, Interval, Down(At(240))));
        AssertRefused(Codes.ChainTipMismatch,
            () => NodeEvidenceRecorder.Record(null, new string('d', 64), 0, Interval, Down(At(240))));
        Assert.Equal(At(180), log.Open!.To);
    }

    [Fact]
    public void Should_Refuse_A_Sealed_Row_As_The_Open_Interval()
    {
        var log = new EvidenceLog().RecordAll(Up(At(0)), Down(At(60)));
        AssertRefused(Codes.IntervalSealed, () => NodeEvidenceRecorder.Record(log.Rows[0], EvidenceConsts.GenesisHash, 0, Interval, Down(At(120))));
    }

    [Fact]
    public void Should_Refuse_An_Observation_Of_Another_Node()
    {
        var log = new EvidenceLog().RecordAll(Up(T0));
        var other = new ProbeObservation(Guid.NewGuid(), At(60), ProbeState.Up, ProbeReason.Ok);
        AssertRefused(Codes.NodeMismatch, () => log.Record(other));
    }

    [Fact]
    public void Should_Refuse_Nonsense_Chain_Arguments()
    {
        AssertRefused(Codes.ProbeIntervalOutOfRange, () => NodeEvidenceRecorder.Record(null, EvidenceConsts.GenesisHash, 0, 0, Up(T0)));
        AssertRefused(Codes.SequenceInvalid, () => NodeEvidenceRecorder.Record(null, EvidenceConsts.GenesisHash, -1, Interval, Up(T0)));
        AssertRefused(Codes.HashInvalid, () => NodeEvidenceRecorder.Record(null, "not a hash", 3, Interval, Up(T0)));
    }

    [Fact]
    public void Should_Not_Overflow_The_Gap_Threshold_For_A_Huge_Interval()
    {
        var log = new EvidenceLog(int.MaxValue).RecordAll(Up(T0));
        Assert.Empty(log.Record(Up(T0.AddDays(365))).Inserted);
    }
}
