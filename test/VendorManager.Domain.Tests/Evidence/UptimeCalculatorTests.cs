using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class UptimeCalculatorTests
{
    /// <summary>
    /// 09:00 up to 09:10, down to 09:15, degraded to 09:20 (last probe), silence until 09:40,
    /// up again 09:40 to 09:50 (last probe of the open row).
    /// </summary>
    private static IReadOnlyList<StateInterval> Morning()
        => new EvidenceLog()
            .Every(0, 540, t => Up(t))
            .Every(600, 840, t => Down(t))
            .Every(900, 1200, t => Degraded(t))
            .Every(2400, 3000, t => Up(t))
            .Rows;

    private static void AssertAddsUp(UptimeBreakdown breakdown)
    {
        Assert.Equal(breakdown.Window, breakdown.Up + breakdown.Degraded + breakdown.Down + breakdown.Unknown);
        Assert.Equal(breakdown.Window, TimeSpan.FromTicks(breakdown.Intervals.Sum(s => s.Duration.Ticks)));
        for (var i = 1; i < breakdown.Intervals.Count; i++)
            Assert.Equal(breakdown.Intervals[i - 1].To, breakdown.Intervals[i].From);
    }

    [Fact]
    public void Should_Split_A_Window_Into_States_That_Add_Up_To_Its_Length()
    {
        var breakdown = UptimeCalculator.Calculate(Morning(), At(0), At(3600));

        Assert.Equal((1200.0, 300.0, 300.0), (breakdown.UpSeconds, breakdown.DegradedSeconds, breakdown.DownSeconds));
        // 20 minutes of monitoring gap plus the 10 minutes after the last probe.
        Assert.Equal(1800.0, breakdown.UnknownSeconds);
        Assert.Equal(3600.0, breakdown.UpSeconds + breakdown.DegradedSeconds + breakdown.DownSeconds + breakdown.UnknownSeconds);
        AssertAddsUp(breakdown);
        Assert.Equal(
            [ProbeState.Up, ProbeState.Down, ProbeState.Degraded, ProbeState.Unknown, ProbeState.Up, ProbeState.Unknown],
            breakdown.Intervals.Select(s => s.State));
    }

    [Fact]
    public void Should_Count_A_Monitoring_Gap_As_Unknown_And_Cite_The_Gap_Row()
    {
        var rows = Morning();
        var gap = UptimeCalculator.Calculate(rows, At(0), At(3600)).Intervals[3];

        Assert.Equal((At(1200), At(2400)), (gap.From, gap.To));
        Assert.Equal((ProbeReason.MonitoringGap, "no probe for 1200 s"), (gap.Reason, gap.ReasonText));
        Assert.Equal(rows[3].Id, gap.IntervalId);
        Assert.False(gap.IsSynthesised);
    }

    [Fact]
    public void Should_Count_The_Part_Of_The_Window_Before_The_First_Probe_As_Unknown()
    {
        var breakdown = UptimeCalculator.Calculate(Morning(), At(-1800), At(600));

        var before = breakdown.Intervals[0];
        Assert.True(before.IsSynthesised);
        Assert.Equal((At(-1800), At(0), ProbeState.Unknown, UptimeCalculator.NotCoveredText), (before.From, before.To, before.State, before.ReasonText));
        Assert.Equal((1800.0, 600.0), (breakdown.UnknownSeconds, breakdown.UpSeconds));
        AssertAddsUp(breakdown);
    }

    [Fact]
    public void Should_Count_The_Time_After_The_Last_Probe_As_Unknown_Not_Up()
    {
        var breakdown = UptimeCalculator.Calculate(Morning(), At(2400), At(4200));

        Assert.Equal((600.0, 1200.0), (breakdown.UpSeconds, breakdown.UnknownSeconds));
        Assert.True(breakdown.Intervals[^1].IsSynthesised);
        AssertAddsUp(breakdown);
    }

    [Fact]
    public void Should_Clip_Intervals_To_The_Window()
    {
        var rows = Morning();
        var breakdown = UptimeCalculator.Calculate(rows, At(100), At(700));

        Assert.Equal(2, breakdown.Intervals.Count);
        Assert.Equal((At(100), At(600), rows[0].Id, 1L), (breakdown.Intervals[0].From, breakdown.Intervals[0].To, breakdown.Intervals[0].IntervalId, breakdown.Intervals[0].Sequence));
        Assert.Equal((At(600), At(700)), (breakdown.Intervals[1].From, breakdown.Intervals[1].To));
        Assert.Equal((500.0, 100.0, 0.0), (breakdown.UpSeconds, breakdown.DownSeconds, breakdown.UnknownSeconds));
    }

    [Fact]
    public void Should_Be_Exact_To_The_Tick_On_Odd_Window_Edges()
    {
        var from = At(59).AddTicks(1_234_567);
        var to = At(3599).AddTicks(7_654_321);
        var breakdown = UptimeCalculator.Calculate(Morning(), from, to);

        AssertAddsUp(breakdown);
        Assert.Equal(At(600) - from, breakdown.Up - TimeSpan.FromSeconds(600));
    }

    [Fact]
    public void Should_Give_The_Same_Answer_Whatever_The_Order_Of_The_Rows()
    {
        var rows = Morning();
        var ordered = UptimeCalculator.Calculate(rows, At(0), At(3600));
        var shuffled = UptimeCalculator.Calculate(rows.Reverse(), At(0), At(3600));

        Assert.Equal(ordered.Intervals, shuffled.Intervals);
    }

    [Fact]
    public void Should_Count_A_Window_Without_Evidence_As_Unknown()
    {
        var breakdown = UptimeCalculator.Calculate([], At(0), At(3600));
        Assert.Equal(3600.0, breakdown.UnknownSeconds);
        Assert.Single(breakdown.Intervals);
    }

    [Fact]
    public void Should_Answer_An_Empty_Window_With_Zeros()
    {
        var breakdown = UptimeCalculator.Calculate(Morning(), At(60), At(60));
        Assert.Equal(TimeSpan.Zero, breakdown.Up + breakdown.Degraded + breakdown.Down + breakdown.Unknown);
        Assert.Empty(breakdown.Intervals);
    }

    [Fact]
    public void Should_Refuse_A_Window_That_Ends_Before_It_Starts_Or_Is_Not_Utc()
    {
        AssertRefused(Codes.WindowInvalid, () => UptimeCalculator.Calculate([], At(60), At(59)));
        AssertRefused(Codes.TimeNotUtc, () => UptimeCalculator.Calculate([], DateTime.SpecifyKind(At(0), DateTimeKind.Unspecified), At(60)));
        AssertRefused(Codes.TimeNotUtc, () => UptimeCalculator.Calculate([], At(0), At(60).ToLocalTime()));
    }
}
