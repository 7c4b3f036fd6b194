using VendorManager.Evidence;
using VendorManager.TestBase.Servers;
using VendorManager.Web.Pages.Status;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The chart on histories the web tests cannot easily record: past the raw retention, and a month of flapping.</summary>
public sealed class LatencyChartTests
{
    private static readonly DateTime To = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime From = To.AddDays(-30);

    private static void AssertPng(byte[] png, string name)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
        Assert.True(png.Length > 5_000, $"A {png.Length}-byte chart is too small to hold axes and text.");
        File.WriteAllBytes(RepositoryPaths.Artifacts("charts", name), png);
    }

    [Fact]
    public void Should_Draw_Hourly_Mean_And_P95_Where_No_Raw_Sample_Is_Kept()
    {
        var rollups = Enumerable.Range(0, 30 * 24)
            .Select(h => new ProbeRollupDto(From.AddHours(h), 60, 60, 0, 0, 1.0, 3 + Math.Sin(h / 12.0), 12, 5 + Math.Sin(h / 12.0)))
            .ToList();
        var history = new NodeHistoryDto(Guid.NewGuid(), From, To, [], rollups,
            [new UptimeIntervalDto(From, To, (To - From).TotalSeconds, ProbeState.Up, ProbeReason.Ok, null, 1)]);

        AssertPng(LatencyChart.RenderPng(history, "Latency, last 30 d (UTC)"), "latency-rollups-720h.png");
    }

    [Fact]
    public void Should_Draw_A_Month_Of_Flapping_Without_A_Span_Per_Interval()
    {
        // A node down for one minute in every ten, for thirty days: 8,640 down intervals.
        var intervals = new List<UptimeIntervalDto>();
        var samples = new List<RawSampleDto>();
        long sequence = 0;
        for (var at = From; at < To; at = at.AddMinutes(10))
        {
            intervals.Add(new(at, at.AddMinutes(9), 540, ProbeState.Up, ProbeReason.Ok, null, ++sequence));
            intervals.Add(new(at.AddMinutes(9), at.AddMinutes(10), 60, ProbeState.Down, ProbeReason.TimedOut, "Timed out", ++sequence));
            for (var m = 0; m < 9; m++) samples.Add(new(at.AddMinutes(m), ProbeState.Up, ProbeReason.Ok, 2 + m % 3));
            samples.Add(new(at.AddMinutes(9), ProbeState.Down, ProbeReason.TimedOut, null));
        }
        var history = new NodeHistoryDto(Guid.NewGuid(), From, To, samples, [], intervals);

        var started = DateTime.UtcNow;
        AssertPng(LatencyChart.RenderPng(history, "Latency, last 30 d (UTC)"), "latency-flapping-720h.png");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "Rendering a month of flapping took too long.");
    }

    [Fact]
    public void Should_Draw_An_Empty_Window_With_A_Note_Instead_Of_Failing()
        => AssertPng(LatencyChart.RenderPng(new NodeHistoryDto(Guid.NewGuid(), To.AddDays(-1), To, [], [], []), "Latency, last 24 h (UTC)"),
            "latency-nothing-24h.png");
}
