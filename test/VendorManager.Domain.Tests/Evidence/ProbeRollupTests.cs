using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class ProbeRollupTests
{
    private static ProbeRollup Hour(DateTime start) => ProbeRollup.Start(NodeId, RollupGranularity.Hour, start);

    [Fact]
    public void Should_Count_Probes_By_State_And_Take_Latency_From_Answered_Probes_Only()
    {
        var rollup = Hour(T0);
        rollup.Add(Up(At(0), 10));
        rollup.Add(Up(At(60), 20));
        rollup.Add(Degraded(At(120), latencyMs: 900));
        rollup.Add(new ProbeObservation(NodeId, At(180), ProbeState.Down, ProbeReason.TimedOut, latencyMs: 10_000));
        rollup.Add(Up(At(240), latencyMs: null));

        Assert.Equal((5, 3, 1, 1), (rollup.ProbeCount, rollup.UpCount, rollup.DegradedCount, rollup.DownCount));
        Assert.Equal((3, 10.0, 900.0, 930.0), (rollup.LatencyCount, rollup.LatencyMinMs, rollup.LatencyMaxMs, rollup.LatencySumMs));
        Assert.Equal(310, rollup.MeanLatencyMs);
        Assert.Equal(3, rollup.ReadHistogram().Count);
    }

    [Fact]
    public void Should_Report_A_P95_Within_A_Bucket_And_Never_Above_The_Slowest_Probe()
    {
        var rollup = Hour(T0);
        for (var i = 0; i < 60; i++) rollup.Add(Up(At(i * 60), 2 + i % 3));

        // True p95 of 20 × {2, 3, 4} ms is 4 ms; its bucket ends above 4, the maximum caps it.
        Assert.Equal(4, rollup.P95LatencyMs);

        var slow = Hour(T0);
        for (var i = 0; i < 60; i++) slow.Add(Up(At(i * 60), i < 57 ? 5 : 70));
        Assert.InRange(slow.P95LatencyMs!.Value, 5, 5 * LatencyHistogram.Ratio);
    }

    [Fact]
    public void Should_Have_No_Latency_Figures_Without_Latencies()
    {
        var rollup = Hour(T0);
        rollup.Add(Down(At(0)));
        Assert.Null(rollup.MeanLatencyMs);
        Assert.Null(rollup.P95LatencyMs);
        Assert.Null(rollup.LatencyMinMs);
        Assert.Equal(1, rollup.DownCount);
    }

    [Fact]
    public void Should_Accept_Probes_From_The_Bucket_Start_Up_To_Just_Before_Its_End()
    {
        var rollup = Hour(T0);
        rollup.Add(Up(T0));
        rollup.Add(Up(T0.AddHours(1).AddTicks(-10)));
        Assert.Equal(2, rollup.ProbeCount);
    }

    [Fact]
    public void Should_Refuse_A_Probe_Outside_Its_Bucket()
    {
        var rollup = Hour(T0);
        AssertRefused(Codes.ObservationOutsideBucket, () => rollup.Add(Up(T0.AddHours(1))));
        AssertRefused(Codes.ObservationOutsideBucket, () => rollup.Add(Up(T0.AddTicks(-10))));
        AssertRefused(Codes.NodeMismatch, () => rollup.Add(new ProbeObservation(Guid.NewGuid(), T0, ProbeState.Up, ProbeReason.Ok)));
        Assert.Equal(0, rollup.ProbeCount);
    }

    [Fact]
    public void Should_Start_Buckets_On_The_Utc_Hour_Or_Midnight()
    {
        var at = new DateTime(2026, 3, 2, 9, 41, 7, 250, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), ProbeRollup.StartFor(NodeId, RollupGranularity.Hour, at).BucketStart);
        var day = ProbeRollup.StartFor(NodeId, RollupGranularity.Day, at);
        Assert.Equal((new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc)), (day.BucketStart, day.BucketEnd));
    }

    [Fact]
    public void Should_Refuse_An_Unaligned_Or_Invalid_Bucket()
    {
        AssertRefused(Codes.BucketNotAligned, () => ProbeRollup.Start(NodeId, RollupGranularity.Hour, T0.AddMinutes(1)));
        AssertRefused(Codes.BucketNotAligned, () => ProbeRollup.Start(NodeId, RollupGranularity.Day, T0));
        AssertRefused(Codes.TimeNotUtc, () => ProbeRollup.Start(NodeId, RollupGranularity.Hour, DateTime.SpecifyKind(T0, DateTimeKind.Local)));
        AssertRefused(Codes.GranularityInvalid, () => ProbeRollup.Start(NodeId, (RollupGranularity)5, T0));
        AssertRefused(Codes.NodeIdRequired, () => ProbeRollup.Start(Guid.Empty, RollupGranularity.Hour, T0));
    }

    [Fact]
    public void Should_Build_A_Day_From_Its_Hours_Like_From_The_Probes()
    {
        var midnight = T0.Date;
        var direct = ProbeRollup.Start(NodeId, RollupGranularity.Day, midnight);
        var folded = ProbeRollup.Start(NodeId, RollupGranularity.Day, midnight);
        for (var h = 0; h < 24; h++)
        {
            var hour = Hour(midnight.AddHours(h));
            for (var m = 0; m < 60; m += 5)
            {
                var at = midnight.AddHours(h).AddMinutes(m);
                var probe = (h, m) switch
                {
                    (3, _) => Down(at),
                    (_, 30) => Degraded(at, latencyMs: 800 + h),
                    _ => Up(at, 1 + h * 0.5 + m * 0.01),
                };
                hour.Add(probe);
                direct.Add(probe);
            }
            folded.Absorb(hour);
        }

        Assert.Equal((direct.ProbeCount, direct.UpCount, direct.DegradedCount, direct.DownCount),
            (folded.ProbeCount, folded.UpCount, folded.DegradedCount, folded.DownCount));
        Assert.Equal((direct.LatencyCount, direct.LatencyMinMs, direct.LatencyMaxMs), (folded.LatencyCount, folded.LatencyMinMs, folded.LatencyMaxMs));
        Assert.Equal(direct.LatencySumMs, folded.LatencySumMs, 9);
        Assert.Equal(direct.Histogram, folded.Histogram);
        Assert.Equal(288, folded.ProbeCount);
    }

    [Fact]
    public void Should_Refuse_To_Fold_Anything_But_An_Hour_Of_The_Same_Node_Inside_The_Day()
    {
        var day = ProbeRollup.Start(NodeId, RollupGranularity.Day, T0.Date);
        AssertRefused(Codes.RollupMismatch, () => day.Absorb(Hour(T0.Date.AddDays(1))));
        AssertRefused(Codes.RollupMismatch, () => day.Absorb(Hour(T0.Date.AddHours(-1))));
        AssertRefused(Codes.RollupMismatch, () => day.Absorb(ProbeRollup.Start(Guid.NewGuid(), RollupGranularity.Hour, T0)));
        AssertRefused(Codes.RollupMismatch, () => Hour(T0).Absorb(Hour(T0)));
        AssertRefused(Codes.RollupMismatch, () => day.Absorb(ProbeRollup.Start(NodeId, RollupGranularity.Day, T0.Date)));
    }
}
