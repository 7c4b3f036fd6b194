using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Nodes;
using VendorManager.Probing;
using VendorManager.TestBase;
using VendorManager.TestBase.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.Benchmarks;

/// <summary>
/// The poller at production's shape: the app in its own process on PostgreSQL with its Hangfire
/// servers, probing N nodes every 60 s. The nodes are a few real storescp processes reached on
/// many loopback addresses (127.0.0.x answers on Linux), plus a few silent nodes that accept TCP
/// and never answer, so timeouts hold workers as dead equipment does. Measures the app's CPU over a
/// steady window, PostgreSQL's CPU beside it, and whether every slot was probed on time.
/// </summary>
internal static class PollerBenchmark
{
    public static async Task RunAsync(int nodes, int silentNodes, int measureMinutes, int peers)
    {
        Console.WriteLine($"poller benchmark: {nodes} nodes on {peers} storescp peers + {silentNodes} silent nodes, 60 s interval, measuring {measureMinutes} min");
        await using var postgres = await PostgreSqlServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync("poller");

        var storescps = new List<StorescpPeer>();
        for (var i = 0; i < peers; i++) storescps.Add(new StorescpPeer(aeTitle: "ARCHIVE"));
        await Task.WhenAll(storescps.Select(p => p.StartAsync()));
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(1024);
        var silentPort = ((IPEndPoint)silent.LocalEndpoint).Port;
        var held = new List<TcpClient>();
        _ = Task.Run(async () => { while (true) { try { held.Add(await silent.AcceptTcpClientAsync()); } catch (ObjectDisposedException) { return; } } });

        var clock = Stopwatch.StartNew();
        var healthy = new List<Guid>();
        await using (var services = await TestServices.PostgreSqlAsync(connectionString))
        {
            for (var i = 0; i < nodes + silentNodes; i++)
            {
                var isSilent = i >= nodes;
                var node = await services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
                {
                    Name = isSilent ? $"silent-{i:D5}" : $"node-{i:D5}",
                    AeTitle = "ARCHIVE",
                    Host = isSilent ? $"127.0.1.{i - nodes + 1}" : $"127.0.{2 + i / peers / 250}.{1 + i / peers % 250}",
                    Port = isSilent ? silentPort : storescps[i % peers].Port,
                    IntervalSeconds = 60,
                }));
                if (!isSilent) healthy.Add(node.Id);
            }
        }
        Console.WriteLine($"registered {nodes + silentNodes} nodes in {clock.Elapsed.TotalSeconds:0.0} s");

        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = "false",
            ["Seed__AdminPassword"] = "benchmark-admin-password",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        }, TimeSpan.FromSeconds(120));

        // Warm up: the first dispatch runs on the next minute, then a full minute of probes to JIT and fill pools.
        var now = DateTime.UtcNow;
        var warmUntil = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(2).AddSeconds(15);
        Console.WriteLine($"app ready in {app.TimeToReady.TotalSeconds:0.0} s; warming up until {warmUntil:HH:mm:ss}");
        await Task.Delay(warmUntil - DateTime.UtcNow);

        var appBefore = ProcessCpu.Seconds(app.ProcessId);
        var pgBefore = ProcessCpu.ByName("postgres");
        var from = DateTime.UtcNow;
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromMinutes(measureMinutes));
        var appCpu = ProcessCpu.Seconds(app.ProcessId) - appBefore;
        var pgCpu = ProcessCpu.Delta(pgBefore, ProcessCpu.ByName("postgres"));
        var seconds = wall.Elapsed.TotalSeconds;
        var to = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(5));   // let probes of the window's last slots finish

        var (expected, probed, lateness) = await CompletenessAsync(connectionString, healthy, from, to);
        var sorted = lateness.Order().ToList();
        double Percentile(double p) => sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p / 100 * sorted.Count))];

        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(Row("window", $"{seconds:0} s"));
        Console.WriteLine(Row("app CPU (one core = 100 %)", $"{100 * appCpu / seconds:0.0} % ({appCpu:0.0} s CPU)"));
        Console.WriteLine(Row("PostgreSQL CPU, all backends", $"{100 * pgCpu / seconds:0.0} % ({pgCpu:0.0} s CPU)"));
        Console.WriteLine(Row("probes per second (healthy nodes)", $"{probed / seconds:0.0}"));
        Console.WriteLine(Row("healthy slots probed", $"{probed} of {expected} ({100.0 * probed / Math.Max(1, expected):0.00} %)"));
        Console.WriteLine(Row("start after slot, p50 / p95 / max", $"{Percentile(50):0.0} / {Percentile(95):0.0} / {Percentile(100):0.0} s (samples keep whole seconds)"));
        Console.WriteLine(Row("app CPU per probe", $"{1000 * appCpu / Math.Max(1, probed):0.00} ms"));
        foreach (var client in held) client.Dispose();
        await Task.WhenAll(storescps.Select(p => p.DisposeAsync().AsTask()));
    }

    private static string Row(string name, string value) => $"| {name} | {value} |";

    /// <summary>Slots in [from, to) against raw samples: how many were probed and how late each probe started.</summary>
    private static async Task<(int Expected, int Probed, List<double> Lateness)> CompletenessAsync(string connectionString, List<Guid> nodes,
        DateTime from, DateTime to)
    {
        await using var services = await TestServices.PostgreSqlAsync(connectionString);
        return await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            var firstHour = new DateTime(from.Ticks - from.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
            var blocks = await db.RawSampleBlocks.AsNoTracking().Where(b => b.HourStart >= firstHour && b.HourStart < to).ToListAsync();
            var byNode = blocks.GroupBy(b => b.NodeId).ToDictionary(g => g.Key, g => g.SelectMany(b => b.Samples()).Select(s => s.At).ToList());
            int expected = 0, probed = 0;
            var lateness = new List<double>();
            foreach (var node in nodes)
            {
                var samples = byNode.GetValueOrDefault(node) ?? [];
                foreach (var slot in ProbeSlots.Between(node, 60, from, to))
                {
                    expected++;
                    // Samples keep whole seconds (truncated), and a timer may wake a few milliseconds before
                    // its slot: this slot's probe is stored in [slot − 2 s, slot + 59 s). The upper bound stops
                    // at the next slot's earliest stored second, so a missed slot is never credited with the next one's probe.
                    var hit = samples.Where(s => s >= slot.AddSeconds(-2) && s < slot.AddSeconds(59)).Order().FirstOrDefault();
                    if (hit == default) continue;
                    probed++;
                    lateness.Add(Math.Max(0, (hit - slot).TotalSeconds));
                }
            }
            return (expected, probed, lateness);
        });
    }
}
