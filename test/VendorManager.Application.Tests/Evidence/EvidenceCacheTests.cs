using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.Nodes;
using Xunit;
using static VendorManager.Evidence.ProbeState;

namespace VendorManager.Application.Tests.Evidence;

/// <summary>
/// The writer keeps what it saved for the next probe of the node. Another instance (here: a writer with a
/// cache of its own on the same database) may probe the node in between; its evidence must never be overwritten.
/// </summary>
public sealed class EvidenceCacheTests : EvidenceTestBase
{
    private readonly NodeEvidenceCache _otherInstance = new();

    private Task RecordElsewhereAsync(Guid nodeId, DateTime at, ProbeState state) => Services.InScopeAsync(async sp =>
    {
        var node = await sp.GetRequiredService<IDicomNodeRepository>().GetAsync(nodeId);
        var writer = ActivatorUtilities.CreateInstance<ProbeEvidenceWriter>(sp, _otherInstance);
        await writer.RecordAsync(node, new ProbeObservation(nodeId, at, state, state == Down ? ProbeReason.Refused : ProbeReason.Ok,
            state == Down ? "connection refused" : null, state == Down ? null : 3.0, null, null), "other instance");
    });

    [Fact]
    public async Task Should_Redo_A_Write_From_The_Database_When_Another_Instance_Wrote_The_Node_Since()
    {
        var node = await NewNodeAsync(intervalSeconds: 60);
        await RecordRunAsync(node.Id, T(9), 60, Up, Up);            // this instance: 09:00, 09:01 (and keeps them)
        await RecordElsewhereAsync(node.Id, T(9, 2), Down);          // the other: 09:02, 09:03
        await RecordElsewhereAsync(node.Id, T(9, 3), Down);
        await RecordAsync(node.Id, T(9, 4), Up);                     // this instance again, from its stale copy

        var rows = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().EvidenceIntervals.AsNoTracking()
            .Where(i => i.NodeId == node.Id).OrderBy(i => i.Sequence).ToListAsync());
        Assert.Equal([(Up, 2, T(9), T(9, 2)), (Down, 2, T(9, 2), T(9, 4)), (Up, 1, T(9, 4), T(9, 4))],
            rows.Select(r => (r.State, r.ProbeCount, r.From, r.To)));
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);

        var history = await EvidenceAsync(s => s.GetHistoryAsync(node.Id, T(9), T(10)));
        Assert.Equal(5, history.Samples.Count);
        Assert.Equal((5, 3, 2), (history.HourlyRollups[0].ProbeCount, history.HourlyRollups[0].UpCount, history.HourlyRollups[0].DownCount));
        var status = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().NodeProbeStatuses.AsNoTracking()
            .SingleAsync(s => s.Id == node.Id));
        Assert.Equal((5L, T(9, 4), Up), (status.Revision, status.LastProbeAt!.Value, status.LastState!.Value));
    }

    [Fact]
    public async Task Should_Carry_On_From_The_Cache_Across_Hours_And_Days()
    {
        var node = await NewNodeAsync(intervalSeconds: 60);
        await RecordRunAsync(node.Id, T(23, 58), 60, Up, Up, Down, Down, Up);   // 23:58 … 00:02 the next day

        var history = await EvidenceAsync(s => s.GetHistoryAsync(node.Id, T(23), T(0).AddDays(1).AddHours(1)));
        Assert.Equal([(T(23), 2, 0), (T(0).AddDays(1), 3, 2)], history.HourlyRollups.Select(r => (r.BucketStart, r.ProbeCount, r.DownCount)));
        Assert.Equal(5, history.Samples.Count);
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);
    }

    [Fact]
    public async Task Should_Store_A_Group_Together_And_Each_On_Its_Own_When_One_Node_Went_Stale()
    {
        var nodes = new List<DicomNodeDto>();
        for (var i = 0; i < 3; i++)
        {
            nodes.Add(await NewNodeAsync($"Node {i}", port: 104 + i, intervalSeconds: 60));
            await RecordAsync(nodes[i].Id, T(9), Up);
        }
        await RecordElsewhereAsync(nodes[1].Id, T(9, 1), Down);

        var recorded = await Services.InScopeAsync(async sp =>
        {
            var repository = sp.GetRequiredService<IDicomNodeRepository>();
            var probes = new List<ProbeToRecord>();
            foreach (var node in nodes)
                probes.Add(new ProbeToRecord(await repository.GetAsync(node.Id),
                    new ProbeObservation(node.Id, T(9, 2), Up, ProbeReason.Ok, null, 2.0, null, null), "group"));
            return await sp.GetRequiredService<ProbeEvidenceWriter>().RecordManyAsync(probes);
        });

        Assert.Equal(3, recorded.Count);
        foreach (var (node, expected) in nodes.Zip(new[] { (2, 2, 0), (3, 2, 1), (2, 2, 0) }))
        {
            var hour = (await EvidenceAsync(s => s.GetHistoryAsync(node.Id, T(9), T(10)))).HourlyRollups.Single();
            Assert.Equal(expected, (hour.ProbeCount, hour.UpCount, hour.DownCount));
            Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);
        }
        var middle = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().EvidenceIntervals.AsNoTracking()
            .Where(i => i.NodeId == nodes[1].Id).OrderBy(i => i.Sequence).ToListAsync());
        Assert.Equal([(Up, T(9)), (Down, T(9, 1)), (Up, T(9, 2))], middle.Select(i => (i.State, i.From)));
    }
}
