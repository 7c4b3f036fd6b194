using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using Xunit;
using static VendorManager.Evidence.ProbeState;

namespace VendorManager.Application.Tests.Evidence;

public sealed class ProbeEvidenceWriterTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Keep_One_Row_Per_State_And_Answer_Uptime_Exact_To_The_Second()
    {
        var node = await NewNodeAsync();
        // 09:00 … 09:05 up, 09:06 … 09:08 down, 09:09 … 09:10 up: probes a minute apart.
        await RecordRunAsync(node.Id, T(9), 60, Up, Up, Up, Up, Up, Up, Down, Down, Down, Up, Up);

        var uptime = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, T(9), T(9, 10)));

        // Up [09:00, 09:06), down [09:06, 09:09), up [09:09, 09:10]: edges sit on the probes that saw the change.
        Assert.Equal((420.0, 180.0, 0.0, 0.0), (uptime.UpSeconds, uptime.DownSeconds, uptime.DegradedSeconds, uptime.UnknownSeconds));
        Assert.Equal([Up, Down, Up], uptime.Intervals.Select(i => i.State));
        Assert.Equal([1L, 2, 3], uptime.Intervals.Select(i => i.Sequence!.Value));
        Assert.Equal(100.0 * 420 / 600, uptime.AvailabilityPercent!.Value, 6);

        var rows = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().EvidenceIntervals.AsNoTracking()
            .Where(i => i.NodeId == node.Id).OrderBy(i => i.Sequence).ToListAsync());
        Assert.Equal([(6, true), (3, true), (2, false)], rows.Select(r => (r.ProbeCount, r.IsSealed)));
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);
    }

    [Fact]
    public async Task Should_Count_Every_Probe_In_Rollups_And_Raw_Samples()
    {
        var node = await NewNodeAsync();
        await RecordRunAsync(node.Id, T(9, 58), 60, Up, Down, Up, Up);   // 09:58, 09:59, 10:00, 10:01

        var history = await EvidenceAsync(s => s.GetHistoryAsync(node.Id, T(9), T(11)));

        Assert.Equal(4, history.Samples.Count);
        Assert.Equal([(T(9), 2, 1, 1), (T(10), 2, 2, 0)], history.HourlyRollups.Select(r => (r.BucketStart, r.ProbeCount, r.UpCount, r.DownCount)));
        Assert.Equal(2.5, history.HourlyRollups[1].LatencyMeanMs);
    }

    [Fact]
    public async Task Should_Keep_One_Rollup_Row_Per_Node_And_Day_Holding_Its_Hours()
    {
        var node = await NewNodeAsync();
        await RecordRunAsync(node.Id, T(23, 58), 60, Up, Down, Up, Up);   // 23:58, 23:59, then 00:00, 00:01 the next day
        await RecordAsync(node.Id, T(22, 15), Up, latencyMs: 7.5);        // a late result into an earlier hour of the first day

        var rows = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().DailyRollups.AsNoTracking()
            .Where(r => r.NodeId == node.Id).OrderBy(r => r.Day).ToListAsync());
        Assert.Equal([(T(0), 3, 1), (T(0).AddDays(1), 2, 0)], rows.Select(r => (r.Day, r.ProbeCount, r.DownCount)));

        var (hours, days) = await Services.InScopeAsync(async sp =>
        {
            var repository = sp.GetRequiredService<IEvidenceRepository>();
            return (await repository.GetRollupsAsync(node.Id, RollupGranularity.Hour, T(22, 30), T(0).AddDays(2)),
                await repository.GetRollupsAsync(node.Id, RollupGranularity.Day, T(0), T(0).AddDays(2)));
        });
        // The window starts inside the 22:00 hour: that hour is left out, the rest of its day is not.
        Assert.Equal([(T(23), 2, 1), (T(0).AddDays(1), 2, 0)], hours.Select(h => (h.BucketStart, h.ProbeCount, h.DownCount)));
        Assert.Equal([(T(0), 3), (T(0).AddDays(1), 2)], days.Select(d => (d.BucketStart, d.ProbeCount)));
        Assert.Equal((2.5, 7.5), (days[0].LatencyMinMs, days[0].LatencyMaxMs));
    }

    [Fact]
    public async Task Should_Record_Silence_Over_Two_Intervals_As_An_Unknown_Gap_Of_That_Length()
    {
        var node = await NewNodeAsync(intervalSeconds: 60);
        await RecordRunAsync(node.Id, T(9), 60, Up, Up, Up);            // last probe 09:02
        await RecordRunAsync(node.Id, T(9, 30), 60, Up, Up);            // poller back at 09:30

        var uptime = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, T(9), T(9, 31)));

        Assert.Equal(28 * 60.0, uptime.UnknownSeconds);
        Assert.Equal(3 * 60.0, uptime.UpSeconds);
        var gap = Assert.Single(uptime.Intervals, i => i.State == Unknown);
        Assert.Equal((T(9, 2), T(9, 30), ProbeReason.MonitoringGap), (gap.From, gap.To, gap.Reason));
    }

    [Fact]
    public async Task Should_Name_The_Tampered_Row()
    {
        var node = await NewNodeAsync();
        await RecordRunAsync(node.Id, T(9), 60, Up, Up, Down, Down, Up, Degraded, Up);
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);

        // Someone turns an outage into uptime straight in the database.
        await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "EvidenceIntervals" SET "State" = 0 WHERE "NodeId" = {node.Id} AND "Sequence" = 2"""));

        var verification = await EvidenceAsync(s => s.VerifyAsync(node.Id));
        Assert.False(verification.IsValid);
        Assert.Equal((2L, EvidenceChainVerifier.HashMismatch), (verification.FirstBrokenSequence, verification.Problem));
    }

    [Fact]
    public async Task Should_Ignore_A_Late_Result_In_The_Intervals_But_Keep_Its_Sample()
    {
        var node = await NewNodeAsync();
        await RecordRunAsync(node.Id, T(9), 60, Up, Up);
        var late = await RecordAsync(node.Id, T(9, 0, 30), Down);

        Assert.True(late.Evidence.IsIgnored);
        var uptime = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, T(9), T(9, 1)));
        Assert.Equal(60.0, uptime.UpSeconds);
        Assert.Equal(3, (await EvidenceAsync(s => s.GetHistoryAsync(node.Id, T(9), T(10)))).Samples.Count);
    }

    [Fact]
    public async Task Should_Refuse_A_Window_That_Ends_Before_It_Starts()
    {
        var node = await NewNodeAsync();
        var error = await Assert.ThrowsAsync<BusinessException>(() => EvidenceAsync(s => s.GetUptimeAsync(node.Id, T(10), T(9))));
        Assert.Equal((EvidenceErrorCodes.WindowInvalid, "to"), (error.Code, error.Field));
    }
}
