using VendorManager.Evidence;
using VendorManager.Nodes;
using Xunit;
using static VendorManager.Evidence.ProbeState;

namespace VendorManager.Application.Tests.Evidence;

public sealed class UptimeForNodesTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Answer_Each_Node_As_The_Single_Node_Query_Does()
    {
        var flapping = await NewNodeAsync("Flapping archive", 104);
        var withGap = await NewNodeAsync("Router behind a patched poller", 105);
        var silent = await NewNodeAsync("Never probed", 106);
        await RecordRunAsync(flapping.Id, T(8, 58), 60, Up, Up, Down, Down, Down, Up, Degraded, Degraded, Up, Up);
        await RecordRunAsync(withGap.Id, T(9), 60, Up, Up, Up);
        await RecordRunAsync(withGap.Id, T(9, 40), 60, Degraded, Up, Up);
        // A window that cuts the first rows and ends inside the open ones, so clipping is compared too.
        var (from, to) = (T(9), T(9, 41, 30));
        Guid[] asked = [withGap.Id, silent.Id, flapping.Id, withGap.Id];

        var batch = await EvidenceAsync(s => s.GetUptimeForNodesAsync(asked, from, to));

        Assert.Equal([withGap.Id, silent.Id, flapping.Id], batch.Select(u => u.NodeId));
        foreach (var answer in batch)
        {
            var single = await EvidenceAsync(s => s.GetUptimeAsync(answer.NodeId, from, to));
            Assert.Equal(single with { Intervals = [] }, answer with { Intervals = [] });
            Assert.Equal(single.Intervals, answer.Intervals);
        }
        Assert.Equal(to - from, TimeSpan.FromSeconds(batch[1].UnknownSeconds));
        Assert.Contains(batch[0].Intervals, i => i.Reason == ProbeReason.MonitoringGap);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Node_As_The_Single_Node_Query_Does()
    {
        var node = await NewNodeAsync();
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(
            () => EvidenceAsync(s => s.GetUptimeForNodesAsync([node.Id, unknown], T(9), T(10))));

        Assert.Equal((typeof(DicomNode), (object)unknown), (error.EntityType, error.Id));
    }

    [Fact]
    public async Task Should_Refuse_More_Nodes_Than_One_Read_May_Hold()
    {
        var ids = Enumerable.Range(0, NodeEvidenceAppService.MaxUptimeNodes + 1).Select(_ => Guid.NewGuid()).ToList();

        var error = await Assert.ThrowsAsync<BusinessException>(() => EvidenceAsync(s => s.GetUptimeForNodesAsync(ids, T(9), T(10))));

        Assert.Equal(EvidenceErrorCodes.TooManyNodes, error.Code);
    }
}
