using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.TestBase.Dicom;
using VendorManager.TestBase.Servers;
using Xunit;
using static VendorManager.Web.Tests.Polling.PollerHosts;

namespace VendorManager.Web.Tests.Polling;

/// <summary>The poller as production runs it: Hangfire servers in app hosts on one PostgreSQL, real peers, the real clock.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class PollerTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Two_Hosts_Scheduling_The_Same_Slots_Should_Record_Each_Probe_Once()
    {
        await using var peer = new StorescpPeer();
        await peer.StartAsync();
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        await using var first = Start(connectionString, migrate: true);
        await using var second = Start(connectionString);
        // Three nodes on one peer: loopback answers on every 127.x address, so each is its own endpoint.
        var nodes = new List<Guid>();
        for (var i = 1; i <= 3; i++)
            nodes.Add((await CreateNodeAsync(first, $"Archive {i}", $"127.0.0.{i}", peer.Port, peer.AeTitle)).Id);

        var from = DateTime.UtcNow.AddSeconds(2);
        var to = from.AddSeconds(30);
        var expected = new Dictionary<Guid, IReadOnlyList<DateTime>>();
        foreach (var node in nodes)
        {
            // Both instances put every slot on the shared queue: each slot has two jobs, and workers of both hosts take them.
            expected[node] = Schedule(first, node, from, to);
            Schedule(second, node, from, to);
        }

        foreach (var node in nodes)
        {
            var history = await WaitForSamplesAsync(first, node, from.AddSeconds(-1), expected[node].Count, TimeSpan.FromSeconds(60));
            Assert.Equal(expected[node].Count, history.Samples.Count);
            Assert.All(history.Samples.Zip(expected[node]), pair =>
                Assert.InRange(pair.First.At - pair.Second, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(Interval)));
            Assert.Equal(history.Samples.Count, history.HourlyRollups.Sum(r => r.ProbeCount));
            Assert.All(history.Samples, s => Assert.Equal(ProbeState.Up, s.State));

            await using var scope = second.Services.CreateAsyncScope();
            var evidence = scope.ServiceProvider.GetRequiredService<INodeEvidenceAppService>();
            Assert.True((await evidence.VerifyAsync(node)).IsValid);
            // Raw samples keep whole seconds, the intervals microseconds: at most a second either end is outside the intervals.
            var uptime = await evidence.GetUptimeAsync(node, history.Samples[0].At, history.Samples[^1].At);
            Assert.Equal((0.0, 0.0), (uptime.DownSeconds, uptime.DegradedSeconds));
            Assert.InRange(uptime.UnknownSeconds, 0, 2);
        }
    }

    [Fact]
    public async Task Stopping_The_Poller_Should_Leave_A_Monitoring_Gap_Of_That_Length()
    {
        await using var peer = new StorescpPeer();
        await peer.StartAsync();
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        Guid node;
        DateTime start;
        DateTime stoppedAt;
        await using (var before = Start(connectionString, migrate: true))
        {
            node = (await CreateNodeAsync(before, "Main archive", "127.0.0.1", peer.Port, peer.AeTitle)).Id;
            start = DateTime.UtcNow.AddSeconds(1);
            var slots = Schedule(before, node, start, start.AddSeconds(25));
            await WaitForSamplesAsync(before, node, start.AddSeconds(-1), slots.Count, TimeSpan.FromSeconds(60));
            stoppedAt = DateTime.UtcNow;
        }

        // Nobody polls for 30 s: three intervals, more than the two that make silence a gap.
        await Task.Delay(TimeSpan.FromSeconds(30));

        await using var after = Start(connectionString);
        var restartedAt = DateTime.UtcNow;
        var resumed = Schedule(after, node, restartedAt, restartedAt.AddSeconds(25));
        var history = await WaitForSamplesAsync(after, node, restartedAt.AddSeconds(-1), resumed.Count, TimeSpan.FromSeconds(60));

        await using var scope = after.Services.CreateAsyncScope();
        var evidence = scope.ServiceProvider.GetRequiredService<INodeEvidenceAppService>();
        var uptime = await evidence.GetUptimeAsync(node, start.AddSeconds(-1), history.Samples[^1].At);
        var gap = Assert.Single(uptime.Intervals, i => i.State == ProbeState.Unknown && i.Reason == ProbeReason.MonitoringGap && i.Sequence is not null);
        var all = (await evidence.GetHistoryAsync(node, start.AddSeconds(-1), DateTime.UtcNow.AddMinutes(1))).Samples;
        // The gap runs from the last probe before the stop to the first after the restart: exactly the silence.
        Assert.Equal(all.Last(s => s.At < stoppedAt).At, gap.From, TimeSpan.FromSeconds(1));
        Assert.Equal(all.First(s => s.At > restartedAt.AddSeconds(-1)).At, gap.To, TimeSpan.FromSeconds(1));
        Assert.InRange(gap.Seconds, 30, 30 + 3 * Interval);
        Assert.DoesNotContain(uptime.Intervals, i => i.State == ProbeState.Down);
        Assert.Equal(uptime.WindowSeconds - uptime.UnknownSeconds, uptime.UpSeconds, 6);
        Assert.True((await evidence.VerifyAsync(node)).IsValid);
    }

    [Fact]
    public async Task Silent_Nodes_Should_Time_Out_Without_Delaying_A_Healthy_Node()
    {
        await using var peer = new StorescpPeer();
        await peer.StartAsync();
        // Dead equipment that still accepts TCP: the association never starts, the probe runs into its deadline.
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start(64);
        var held = new List<System.Net.Sockets.TcpClient>();
        _ = Task.Run(async () => { try { while (true) held.Add(await silent.AcceptTcpClientAsync()); } catch (ObjectDisposedException) { } catch (System.Net.Sockets.SocketException) { } });
        var silentPort = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;

        var connectionString = await postgres.Server.CreateDatabaseAsync();
        await using var host = Start(connectionString, migrate: true);
        var healthy = (await CreateNodeAsync(host, "Main archive", "127.0.0.1", peer.Port, peer.AeTitle)).Id;
        var dead = new List<Guid>();
        for (var i = 1; i <= 3; i++)
            dead.Add((await CreateNodeAsync(host, $"Dead modality {i}", $"127.0.0.{i}", silentPort, "MODALITY")).Id);

        var from = DateTime.UtcNow.AddSeconds(2);
        var slots = Schedule(host, healthy, from, from.AddSeconds(30));
        foreach (var node in dead) Schedule(host, node, from, from.AddSeconds(30));

        var history = await WaitForSamplesAsync(host, healthy, from.AddSeconds(-1), slots.Count, TimeSpan.FromSeconds(60));
        // Three of the four probe workers sit in timeouts; the healthy node's probes still start on their slots.
        Assert.All(history.Samples.Zip(slots), pair => Assert.InRange(pair.First.At - pair.Second, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(3)));
        Assert.All(history.Samples, s => Assert.Equal(ProbeState.Up, s.State));
        var deadHistory = await WaitForSamplesAsync(host, dead[0], from.AddSeconds(-1), 2, TimeSpan.FromSeconds(60));
        Assert.All(deadHistory.Samples, s => Assert.Equal((ProbeState.Down, ProbeReason.TimedOut), (s.State, s.Reason)));
        foreach (var client in held) client.Dispose();
    }
}
