using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// A year's uptime for a whole fleet on PostgreSQL, through the real application service: one
/// <see cref="INodeEvidenceAppService.GetUptimeAsync"/> per node in turn (what a report looping over
/// nodes does), and one <see cref="INodeEvidenceAppService.GetUptimeForNodesAsync"/> for all of them.
/// Each node has a year of intervals recorded by the domain from 60 s probes, so row counts and hashes are real.
/// </summary>
internal static class UptimeQueryBenchmark
{
    private const double AimMs = 1_000;

    public static async Task<UptimeQueryResult> RunAsync(PostgreSqlServer server, int nodeCount, int warmRuns)
    {
        var connectionString = await server.CreateDatabaseAsync("evidence_uptime");
        await using var services = await TestServices.PostgreSqlAsync(connectionString);
        services.CurrentUser.ActAs(Guid.NewGuid(), "benchmark", "Administrator");

        Log($"uptime: registering {nodeCount} nodes...");
        var clock = Stopwatch.StartNew();
        var ids = await CreateNodesAsync(services, nodeCount, "Fleet node");
        var registerTime = clock.Elapsed;

        Log($"uptime: {registerTime.TotalSeconds:F1} s; recording a year of 60 s probes per node and inserting the intervals...");
        clock.Restart();
        var (expected, intervalCounts) = await GenerateAndInsertAsync(services, ids);
        var loadTime = clock.Elapsed;
        await ExecuteAsync(connectionString, "VACUUM ANALYZE");
        var table = await TableSizeAsync(connectionString, "EvidenceIntervals");
        Log($"uptime: {table.Rows:N0} intervals in {loadTime.TotalSeconds:F1} s; timing...");

        var (from, to) = (SyntheticEvidence.YearStart, SyntheticEvidence.YearEnd);

        async Task<(double Ms, IReadOnlyList<NodeUptimeDto> Answers)> PerNodeAsync()
        {
            GC.Collect();
            var answers = new List<NodeUptimeDto>(ids.Count);
            var watch = Stopwatch.StartNew();
            // A scope per call, as each HTTP request or report step would have.
            foreach (var id in ids)
                answers.Add(await services.InScopeAsync(sp => sp.GetRequiredService<INodeEvidenceAppService>().GetUptimeAsync(id, from, to)));
            return (watch.Elapsed.TotalMilliseconds, answers);
        }

        async Task<(double Ms, IReadOnlyList<NodeUptimeDto> Answers)> BatchAsync()
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var answers = await services.InScopeAsync(sp => sp.GetRequiredService<INodeEvidenceAppService>().GetUptimeForNodesAsync(ids, from, to));
            return (watch.Elapsed.TotalMilliseconds, answers);
        }

        async Task<double> ReadOnlyAsync()
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            await services.InScopeAsync(sp => sp.GetRequiredService<IEvidenceRepository>().GetSpansForNodesAsync(ids, from, to));
            return watch.Elapsed.TotalMilliseconds;
        }

        // The read as it was before spans: whole rows, hashes included, to show what leaving them out saves.
        async Task<double> ReadWholeRowsAsync()
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            await services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().EvidenceIntervals.AsNoTracking()
                .Where(i => ids.Contains(i.NodeId) && i.To >= from && i.From < to)
                .ToListAsync());
            return watch.Elapsed.TotalMilliseconds;
        }

        var (perNodeCold, perNodeAnswers) = await PerNodeAsync();
        Log($"uptime: per node, cold {perNodeCold:F0} ms");
        var (batchCold, batchAnswers) = await BatchAsync();
        Log($"uptime: batch, cold {batchCold:F0} ms");
        Check(ids, expected, perNodeAnswers, batchAnswers);

        var perNodeWarm = new List<double>();
        var batchWarm = new List<double>();
        var readWarm = new List<double>();
        var wholeReadWarm = new List<double>();
        for (var run = 0; run < warmRuns; run++)
        {
            perNodeWarm.Add((await PerNodeAsync()).Ms);
            batchWarm.Add((await BatchAsync()).Ms);
            readWarm.Add(await ReadOnlyAsync());
            wholeReadWarm.Add(await ReadWholeRowsAsync());
            Log($"uptime: warm run {run + 1}: per node {perNodeWarm[^1]:F0} ms, batch {batchWarm[^1]:F0} ms (reading the spans {readWarm[^1]:F0} ms, whole rows with hashes {wholeReadWarm[^1]:F0} ms)");
        }

        return new UptimeQueryResult(nodeCount, table, intervalCounts, registerTime, loadTime,
            new Timing(perNodeCold, perNodeWarm), new Timing(batchCold, batchWarm), new Timing(null, readWarm), new Timing(null, wholeReadWarm), warmRuns);
    }

    /// <summary>
    /// The domain records each node's year on the cores while the intervals of finished nodes are
    /// inserted, so the load costs about the longer of the two rather than their sum.
    /// </summary>
    private static async Task<(long[][] Expected, int[] IntervalCounts)> GenerateAndInsertAsync(TestServices services, IReadOnlyList<Guid> ids)
    {
        var expected = new long[ids.Count][];
        var counts = new int[ids.Count];
        var indexOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var finished = Channel.CreateBounded<NodeYearEvidence>(64);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForAsync(0, ids.Count, async (i, ct) =>
                    await finished.Writer.WriteAsync(SyntheticEvidence.Build(ids[i], i, intervalsOnly: true), ct));
                finished.Writer.Complete();
            }
            catch (Exception e)
            {
                finished.Writer.Complete(e);
            }
        });

        var pending = new List<StateInterval>();
        await foreach (var year in finished.Reader.ReadAllAsync())
        {
            var i = indexOf[year.NodeId];
            (expected[i], counts[i]) = (year.ExpectedTicks, year.Intervals.Count);
            pending.AddRange(year.Intervals);
            if (pending.Count < 20_000) continue;
            await InsertAsync(services, pending);
            pending.Clear();
        }
        await producer;
        await InsertAsync(services, pending);
        return (expected, counts);
    }

    private static void Check(IReadOnlyList<Guid> ids, long[][] expected, IReadOnlyList<NodeUptimeDto> perNode, IReadOnlyList<NodeUptimeDto> batch)
    {
        if (perNode.Count != ids.Count || batch.Count != ids.Count)
            throw new InvalidOperationException(Invariant($"Expected {ids.Count} answers, got {perNode.Count} per node and {batch.Count} in the batch."));
        for (var i = 0; i < ids.Count; i++)
        {
            var (single, many) = (perNode[i], batch[i]);
            if (single.NodeId != ids[i] || many.NodeId != ids[i] || single with { Intervals = [] } != many with { Intervals = [] }
                || !single.Intervals.SequenceEqual(many.Intervals))
                throw new InvalidOperationException(Invariant($"Node {ids[i]}: the batch answer differs from GetUptimeAsync."));
            if (!EvidenceSizeBenchmark.SameSeconds(single, expected[i]))
                throw new InvalidOperationException(Invariant($"Node {ids[i]}: the uptime differs from what the generator produced."));
        }
    }

    internal static bool MeetsAim(double ms) => ms <= AimMs;
}

/// <param name="ColdMs">The first run in the process; null where not measured.</param>
internal sealed record Timing(double? ColdMs, IReadOnlyList<double> WarmMs)
{
    public double WarmMedianMs => Median(WarmMs);
}

internal sealed record UptimeQueryResult(
    int Nodes,
    TableSize Intervals,
    IReadOnlyList<int> IntervalsPerNode,
    TimeSpan RegisterTime,
    TimeSpan LoadTime,
    Timing PerNode,
    Timing Batch,
    Timing RepositoryRead,
    Timing ReadWholeRows,
    int WarmRuns)
{
    public void Print()
    {
        Console.WriteLine(Invariant($"### Uptime for {Nodes:N0} nodes over one year (window {SyntheticEvidence.YearStart:yyyy-MM-dd} to {SyntheticEvidence.YearEnd:yyyy-MM-dd})"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"{Intervals.Rows:N0} intervals (per node: min {IntervalsPerNode.Min()}, median {Median(IntervalsPerNode.Select(c => (double)c)):F0}, max {IntervalsPerNode.Max()}), recorded by the domain from 60 s probes; EvidenceIntervals {Intervals.Total / 1_048_576.0:F1} MiB with indexes ({Intervals.Total / (double)Nodes:N0} B per node)."));
        Console.WriteLine(Invariant($"Registering the nodes took {RegisterTime.TotalSeconds:F1} s; recording and inserting the intervals {LoadTime.TotalSeconds:F1} s."));
        Console.WriteLine("Checks: for every node the batch answer equals GetUptimeAsync's (totals and every interval), and both equal the generator's uptime to the tick.");
        Console.WriteLine();
        Console.WriteLine(Invariant($"| all {Nodes:N0} nodes, one year | cold (first run) | warm median of {WarmRuns} | warm min | warm max | aim ≤ 1 s (warm) |"));
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Row("(a) `GetUptimeAsync` per node, sequentially, a scope each", PerNode, true);
        Row("(b) `GetUptimeForNodesAsync`, one call", Batch, true);
        Row("of which reading the spans (`GetSpansForNodesAsync`)", RepositoryRead, false);
        Row("for comparison: the whole rows, hashes included (the read before spans)", ReadWholeRows, false);
    }

    private static void Row(string name, Timing timing, bool aim)
        => Console.WriteLine(Invariant(
            $"| {name} | {(timing.ColdMs is { } cold ? Invariant($"{cold:N0} ms") : "-")} | {timing.WarmMedianMs:N0} ms | {timing.WarmMs.Min():N0} ms | {timing.WarmMs.Max():N0} ms | {(aim ? UptimeQueryBenchmark.MeetsAim(timing.WarmMedianMs) ? "met" : "missed" : "")} |"));
}
