using Microsoft.Extensions.DependencyInjection;
using VendorManager.Application.Tests.Evidence;
using VendorManager.Evidence;
using VendorManager.Jobs;
using VendorManager.Probing;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

/// <summary>The job against a real closed port: nothing listens, so every probe is a real refusal.</summary>
public sealed class ProbeNodeJobTests : EvidenceTestBase
{
    private Task<ProbeJobOutcome> RunAsync(Guid nodeId, DateTime slot) => WithAsync<ProbeNodeJob, ProbeJobOutcome>(j => j.RunAsync(nodeId, slot));

    [Fact]
    public async Task Should_Probe_A_Slot_Once_However_Often_Its_Job_Runs()
    {
        var node = await NewNodeAsync(port: FreePort.Next(), intervalSeconds: 10);
        var slot = Services.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(ProbeJobOutcome.Probed, await RunAsync(node.Id, slot));
        Assert.Equal(ProbeJobOutcome.AlreadyDone, await RunAsync(node.Id, slot));
        Assert.Equal(ProbeJobOutcome.AlreadyDone, await RunAsync(node.Id, slot.AddSeconds(-10)));

        var status = await EvidenceAsync(s => s.GetStatusAsync(node.Id));
        Assert.Equal((ProbeState.Down, "connection refused"), (status.State, status.LastReasonText?[..18]));
        Assert.Single((await EvidenceAsync(s => s.GetHistoryAsync(node.Id, slot.AddHours(-1), slot.AddHours(1)))).Samples);
    }

    [Fact]
    public async Task Should_Run_Concurrent_Jobs_For_One_Slot_Once()
    {
        var node = await NewNodeAsync(port: FreePort.Next(), intervalSeconds: 10);
        var slot = Services.Clock.GetUtcNow().UtcDateTime;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => RunAsync(node.Id, slot))));

        Assert.Single(outcomes, o => o == ProbeJobOutcome.Probed);
        Assert.Single((await EvidenceAsync(s => s.GetHistoryAsync(node.Id, slot.AddHours(-1), slot.AddHours(1)))).Samples);
    }

    [Fact]
    public async Task Should_Skip_A_Slot_While_The_Node_Is_Still_Being_Probed()
    {
        var node = await NewNodeAsync(port: FreePort.Next(), intervalSeconds: 10);
        using (Services.Provider.GetRequiredService<NodeProbeGate>().TryEnter(node.Id))
            Assert.Equal(ProbeJobOutcome.Busy, await RunAsync(node.Id, Services.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(ProbeJobOutcome.Probed, await RunAsync(node.Id, Services.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Should_Skip_A_Slot_Whose_Job_Started_More_Than_An_Interval_Late()
    {
        var node = await NewNodeAsync(port: FreePort.Next(), intervalSeconds: 10);
        var slot = Services.Clock.GetUtcNow().UtcDateTime;
        Services.Clock.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal(ProbeJobOutcome.Stale, await RunAsync(node.Id, slot));
        Assert.Null((await EvidenceAsync(s => s.GetStatusAsync(node.Id))).LastProbeAt);
    }
}
