using VendorManager.Application.Tests.Evidence;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.Probing;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

public sealed class DispatchProbesJobTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Schedule_Each_Enabled_Node_On_Its_Own_Phase_Every_Interval()
    {
        var minute = await NewNodeAsync("Archive", 104, intervalSeconds: 60);
        var fast = await NewNodeAsync("Router", 105, intervalSeconds: 10);
        var off = await NewNodeAsync("Old modality", 106, intervalSeconds: 10);
        await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.UpdateAsync(off.Id, new UpdateDicomNodeInput
        {
            Name = off.Name, AeTitle = off.AeTitle, Host = off.Host, Port = off.Port, IntervalSeconds = 10, Enabled = false,
            ConcurrencyStamp = off.ConcurrencyStamp,
        }));
        var now = Services.Clock.GetUtcNow().UtcDateTime;

        await WithAsync<DispatchProbesJob, int>(j => j.RunAsync());

        var scheduled = Services.ProbeScheduler.Scheduled;
        Assert.DoesNotContain(scheduled, s => s.NodeId == off.Id);
        foreach (var (node, interval) in new[] { (minute.Id, 60), (fast.Id, 10) })
        {
            var slots = scheduled.Where(s => s.NodeId == node).Select(s => s.Slot).ToList();
            Assert.InRange(slots.Count, 125 / interval, 125 / interval + 1);   // [now − 5 s, now + 120 s)
            Assert.All(slots, slot => Assert.InRange(slot, now.AddSeconds(-5), now.AddSeconds(120)));
            Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(interval), pair.Second - pair.First));
            var phase = ProbeSlots.Phase(node, interval);
            Assert.All(slots, slot => Assert.Equal(phase.Ticks, slot.Ticks % TimeSpan.FromSeconds(interval).Ticks));
        }
        // Slots travel in 5-second batches queued shortly before their bucket, each slot inside its own batch's bucket.
        Assert.All(Services.ProbeScheduler.Batches, b =>
        {
            var bucket = b.RunAt + DispatchProbesJob.BatchLead;
            Assert.Equal(0, bucket.Ticks % TimeSpan.FromSeconds(5).Ticks);
            Assert.All(b.Slots, s => Assert.InRange(s.Slot, bucket, bucket.AddSeconds(5).AddTicks(-1)));
        });
    }

    [Fact]
    public async Task Should_Never_Schedule_A_Slot_Twice_Across_Runs_And_Restart_From_Now_After_Downtime()
    {
        var node = await NewNodeAsync(intervalSeconds: 10);
        await WithAsync<DispatchProbesJob, int>(j => j.RunAsync());
        Services.Clock.Advance(TimeSpan.FromSeconds(60));
        await WithAsync<DispatchProbesJob, int>(j => j.RunAsync());

        var slots = Services.ProbeScheduler.Scheduled.Select(s => s.Slot).ToList();
        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(10), pair.Second - pair.First));

        // The app was down for an hour: the missed slots are not made up for (they are a monitoring gap).
        Services.ProbeScheduler.Clear();
        Services.Clock.Advance(TimeSpan.FromHours(1));
        var now = Services.Clock.GetUtcNow().UtcDateTime;
        await WithAsync<DispatchProbesJob, int>(j => j.RunAsync());
        Assert.All(Services.ProbeScheduler.Scheduled, s => Assert.True(s.Slot >= now.AddSeconds(-5)));
        Assert.Equal(node.Id, Services.ProbeScheduler.Scheduled[0].NodeId);
    }
}
