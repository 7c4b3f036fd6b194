using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Jobs;
using VendorManager.Probing;
using VendorManager.TestBase.Dicom;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Polling;

/// <summary>The embedded default: the dispatcher and Hangfire's SQLite storage put each probe on its slot.</summary>
public sealed class SqlitePollerTests
{
    [Fact]
    public async Task The_Dispatcher_Should_Start_Each_Probe_On_Its_Slot_On_Sqlite()
    {
        await using var peer = new StorescpPeer();
        await peer.StartAsync();
        await using var host = new VendorManagerWebFactory(jobServer: true, settings: new Dictionary<string, string?>
        {
            [$"BackgroundJobs:Recurring:{DispatchProbesJob.RecurringJobId}"] = "",
        });
        _ = host.Server;
        var node = (await PollerHosts.CreateNodeAsync(host, "Main archive", "127.0.0.1", peer.Port, peer.AeTitle)).Id;

        var dispatchedAt = DateTime.UtcNow;
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DispatchProbesJob>().RunAsync();
        var slots = ProbeSlots.Between(node, PollerHosts.Interval, dispatchedAt.AddSeconds(-5), dispatchedAt.AddSeconds(40)).ToList();

        var history = await PollerHosts.WaitForSamplesAsync(host, node, dispatchedAt.AddSeconds(-6), 4, TimeSpan.FromSeconds(70));
        // Each sample belongs to a slot and started within two seconds of it (samples keep whole seconds);
        // a slot already past when the dispatcher ran (its grace) runs at once, so it is left out.
        var onTime = history.Samples.Select(s => (Sample: s, Slot: slots.Last(x => x <= s.At.AddSeconds(1)))).Where(p => p.Slot >= dispatchedAt).ToList();
        Assert.True(onTime.Count >= 3, $"{onTime.Count} probes of slots after the dispatch");
        Assert.All(onTime, p =>
        {
            Assert.InRange((p.Sample.At - p.Slot).TotalSeconds, -1, 2);
            Assert.Equal(ProbeState.Up, p.Sample.State);
        });
    }
}
