using Microsoft.Extensions.DependencyInjection;
using VendorManager.Application.Tests.Evidence;
using VendorManager.Evidence;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.TestBase.Dicom;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

/// <summary>
/// The probe job against real peers the test stops and starts, making real outages. The clock is
/// the test's: each probe runs at a known instant, so the evidence's edges can be checked exactly.
/// </summary>
public sealed class RealPeerProbingTests : EvidenceTestBase
{
    private const int Interval = 10;

    private async Task<DicomNodeDto> NodeForAsync(DicomPeer peer)
        => await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = $"Peer {peer.Port}", AeTitle = peer.AeTitle, Host = "127.0.0.1", Port = peer.Port, IntervalSeconds = Interval,
        }));

    /// <summary>One scheduled probe now, then the clock moves on by <paramref name="advanceSeconds"/>.</summary>
    private async Task<DateTime> ProbeAsync(Guid nodeId, int advanceSeconds = Interval)
    {
        var slot = Services.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(ProbeJobOutcome.Probed, await WithAsync<ProbeNodeJob, ProbeJobOutcome>(j => j.RunAsync(nodeId, slot)));
        Services.Clock.Advance(TimeSpan.FromSeconds(advanceSeconds));
        return slot;
    }

    private async Task Should_Bound_An_Outage_Within_One_Interval(DicomPeer peer)
    {
        await using var _ = peer;
        await peer.StartAsync();
        var node = await NodeForAsync(peer);

        var first = await ProbeAsync(node.Id);
        await ProbeAsync(node.Id);
        await ProbeAsync(node.Id, advanceSeconds: 4);
        var stoppedAt = Services.Clock.GetUtcNow().UtcDateTime;
        await peer.StopAsync();
        Services.Clock.Advance(TimeSpan.FromSeconds(Interval - 4));
        await ProbeAsync(node.Id);
        await ProbeAsync(node.Id);
        await ProbeAsync(node.Id, advanceSeconds: 7);
        var restartedAt = Services.Clock.GetUtcNow().UtcDateTime;
        await peer.StartAsync();
        Services.Clock.Advance(TimeSpan.FromSeconds(Interval - 7));
        await ProbeAsync(node.Id);
        var last = await ProbeAsync(node.Id);

        var uptime = await EvidenceAsync(s => s.GetUptimeAsync(node.Id, first, last));
        Assert.Equal([ProbeState.Up, ProbeState.Down, ProbeState.Up], uptime.Intervals.Select(i => i.State));
        var down = uptime.Intervals[1];
        Assert.Equal(ProbeReason.Refused, down.Reason);
        // The evidence sees an outage at the first probe after it began and its end at the first probe after it ended.
        Assert.InRange(down.From - stoppedAt, TimeSpan.Zero, TimeSpan.FromSeconds(Interval));
        Assert.InRange(down.To - restartedAt, TimeSpan.Zero, TimeSpan.FromSeconds(Interval));
        Assert.Equal(3 * Interval, uptime.DownSeconds);
        Assert.True((await EvidenceAsync(s => s.VerifyAsync(node.Id))).IsValid);
    }

    [Fact]
    public Task Should_Record_A_Storescp_Outage_With_Edges_Within_One_Interval() => Should_Bound_An_Outage_Within_One_Interval(new StorescpPeer());

    [Fact]
    public Task Should_Record_An_Orthanc_Outage_With_Edges_Within_One_Interval() => Should_Bound_An_Outage_Within_One_Interval(new OrthancPeer());

    [Fact]
    public async Task Should_Keep_Recording_Up_With_The_Peer_Version_While_The_Peer_Answers()
    {
        await using var peer = new StorescpPeer();
        await peer.StartAsync();
        var node = await NodeForAsync(peer);
        for (var i = 0; i < 5; i++) await ProbeAsync(node.Id);

        var status = await EvidenceAsync(s => s.GetStatusAsync(node.Id));
        Assert.Equal(ProbeState.Up, status.State);
        Assert.StartsWith("OFFIS_DCMTK", status.ImplementationVersionName);
        Assert.NotNull(status.LastLatencyMs);
        var versions = await EvidenceAsync(s => s.GetVersionTimelineAsync(node.Id));
        var seen = Assert.Single(versions.Observations);
        Assert.Equal(5, seen.TimesSeen);
        Assert.Empty(versions.Changes);
    }
}
