using VendorManager.Application.Tests.Evidence;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.Probing;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

public sealed class ProbeBatchJobTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Probe_Every_Slot_Of_A_Batch_Once_And_Report_What_Happened_To_Each()
    {
        var a = await NewNodeAsync("Archive", FreePort.Next(), intervalSeconds: 10);
        var b = await NewNodeAsync("Router", FreePort.Next(), intervalSeconds: 10);
        var gone = await NewNodeAsync("Old modality", FreePort.Next(), intervalSeconds: 10);
        await WithAsync<IDicomNodeAppService>(s => s.DeleteAsync(gone.Id));
        var now = Services.Clock.GetUtcNow().UtcDateTime;
        ProbeSlot[] slots = [new(a.Id, now), new(b.Id, now), new(gone.Id, now), new(a.Id, now)];

        var summary = await WithAsync<ProbeBatchJob, ProbeBatchSummary>(j => j.RunAsync(slots));

        // The second copy of a's slot either found the lock held or the slot claimed: never a second probe.
        Assert.Equal((2, 1, 0), (summary.Probed, summary.NodeGone, summary.Failed));
        Assert.Equal(1, summary.AlreadyDone + summary.Busy);
        foreach (var node in new[] { a.Id, b.Id })
            Assert.Single((await EvidenceAsync(s => s.GetHistoryAsync(node, now.AddHours(-1), now.AddHours(1)))).Samples);
    }
}
