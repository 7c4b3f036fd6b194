using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Jobs;
using Xunit;

namespace VendorManager.Application.Tests.Evidence;

public sealed class RawSamplePruneTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Prune_Old_Raw_Samples_And_Leave_Intervals_Rollups_And_Uptime_Unchanged()
    {
        var node = await NewNodeAsync(intervalSeconds: 3 * 3600);
        var start = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
        // Forty days, a probe every three hours, down for a day in the middle.
        for (var hour = 0; hour < 40 * 24; hour += 3)
            await RecordAsync(node.Id, start.AddHours(hour), hour / 24 == 10 ? ProbeState.Down : ProbeState.Up);
        var end = start.AddDays(40);
        var before = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, start, end));
        var daysBefore = await DailyRollupsAsync(node.Id, start, end);

        Services.Clock.SetUtcNow(new DateTimeOffset(end));
        var pruned = await WithAsync<PruneRawSamplesJob, int>(j => j.RunAsync());

        Assert.Equal(5 * 8, pruned);   // 35 days kept
        var after = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, start, end));
        Assert.Equal((before.UpSeconds, before.DownSeconds, before.UnknownSeconds), (after.UpSeconds, after.DownSeconds, after.UnknownSeconds));
        Assert.Equal(before.Intervals, after.Intervals);
        Assert.Equal(daysBefore, await DailyRollupsAsync(node.Id, start, end));
        var history = await EvidenceAsync(s => s.GetHistoryAsync(node.Id, start, end));
        Assert.Equal(35 * 8, history.Samples.Count);
        Assert.Equal(40 * 8, history.HourlyRollups.Count);
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);
    }

    private Task<List<(DateTime, int, int)>> DailyRollupsAsync(Guid nodeId, DateTime from, DateTime to)
        => Services.InScopeAsync(async sp => (await sp.GetRequiredService<IEvidenceRepository>().GetRollupsAsync(nodeId, RollupGranularity.Day, from, to))
            .Select(r => (r.BucketStart, r.UpCount, r.DownCount)).ToList());
}
