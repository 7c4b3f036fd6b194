using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// Bytes on disk per node-year of evidence at a 60 s probe interval with 35 days of raw samples:
/// a year per node built by the domain code (<see cref="SyntheticEvidence"/>), stored through the
/// real DbContext, measured with pg_total_relation_size after VACUUM ANALYZE. Against it, the naive
/// design (a row per probe, forever) measured for real. Also checks that what was stored is sound:
/// every node's chain verifies and its uptime equals, to the tick, what the generator produced.
/// </summary>
internal static class EvidenceSizeBenchmark
{
    private const int NaiveNodes = 2;

    public static async Task<EvidenceSizeResult> RunAsync(PostgreSqlServer server, int nodeCount)
    {
        var connectionString = await server.CreateDatabaseAsync("evidence_size");
        await using var services = await TestServices.PostgreSqlAsync(connectionString);
        services.CurrentUser.ActAs(Guid.NewGuid(), "benchmark", "Administrator");
        var nodeIds = await CreateNodesAsync(services, nodeCount, "Size node");

        Log($"size: generating a year of 60 s probes for {nodeCount} nodes through the domain...");
        var clock = Stopwatch.StartNew();
        var years = new NodeYearEvidence[nodeCount];
        Parallel.For(0, nodeCount, i => years[i] = SyntheticEvidence.Build(nodeIds[i], i, intervalsOnly: false));
        var generateTime = clock.Elapsed;
        var probes = years.Sum(y => y.Probes);
        Log($"size: {probes:N0} probes in {generateTime.TotalSeconds:F1} s; inserting...");

        clock.Restart();
        var rows = await InsertAsync(services, years.SelectMany(y => y.Intervals));
        rows += await InsertAsync(services, years.SelectMany(y => y.DailyRollups));
        rows += await InsertAsync(services, years.SelectMany(y => y.RawBlocks), batchSize: 1_000);
        rows += await InsertAsync(services, years.Select(y => y.Status!));
        rows += await InsertAsync(services, years.SelectMany(y => y.VersionObservations));
        rows += await InsertAsync(services, years.SelectMany(y => y.VersionChanges));
        var insertTime = clock.Elapsed;
        Log($"size: {rows:N0} rows inserted in {insertTime.TotalSeconds:F1} s; VACUUM ANALYZE and sizes...");

        await ExecuteAsync(connectionString, "VACUUM ANALYZE");
        var tables = new Dictionary<string, TableSize>();
        foreach (var table in new[] { "EvidenceIntervals", "DailyRollups", "RawSampleBlocks", "NodeProbeStatuses", "VersionObservations", "VersionChanges" })
            tables[table] = await TableSizeAsync(connectionString, table);
        var rollups = await RollupShapeAsync(connectionString);
        var rawPayload = await ScalarAsync<long>(connectionString, """SELECT COALESCE(sum(octet_length("Data")), 0)::bigint FROM "RawSampleBlocks" """);

        var checks = await CheckAsync(services, years);
        Log($"size: {checks}; measuring the naive design...");
        var naive = await NaiveAsync(connectionString, nodeIds);

        return new EvidenceSizeResult(nodeCount, probes, rows, generateTime, insertTime, years.Select(y => y.Intervals.Count).ToList(),
            tables, rollups, rawPayload, checks, naive);
    }

    /// <summary>
    /// What a daily rollup row is made of: its size (pg_column_size plus the 4-byte line pointer), the
    /// packed hours and the day's histogram, and how many hours hold probes (the bitmap after the format byte;
    /// PostgreSQL gives | and &lt;&lt; the same precedence, hence the parentheses).
    /// </summary>
    private static async Task<RollupShape> RollupShapeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*), sum(pg_column_size(r.*) + 4)::bigint, sum(octet_length("HourData"))::bigint, sum(octet_length("Histogram"))::bigint,
                   sum(length(replace((get_byte("HourData", 1) | (get_byte("HourData", 2) << 8) | (get_byte("HourData", 3) << 16))::bit(24)::text, '0', '')))::bigint
            FROM "DailyRollups" r
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new RollupShape(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private static async Task<string> CheckAsync(TestServices services, IReadOnlyList<NodeYearEvidence> years)
    {
        var checkedRows = 0;
        foreach (var year in years)
        {
            await services.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<VendorManagerDbContext>();
                var stored = await db.EvidenceIntervals.AsNoTracking().Where(i => i.NodeId == year.NodeId).OrderBy(i => i.Sequence).ToListAsync();
                var chain = EvidenceChainVerifier.Verify(year.NodeId, stored);
                if (!chain.IsValid || chain.CheckedRows != year.Intervals.Count)
                    throw new InvalidOperationException(Invariant(
                        $"Node {year.NodeId}: chain {(chain.IsValid ? "valid" : "broken at " + chain.FirstBrokenSequence + ": " + chain.Problem)}, {chain.CheckedRows} of {year.Intervals.Count} rows."));
                checkedRows += chain.CheckedRows;

                var breakdown = UptimeCalculator.Calculate(stored, SyntheticEvidence.YearStart, SyntheticEvidence.YearEnd);
                long[] stateTicks = [breakdown.Up.Ticks, breakdown.Degraded.Ticks, breakdown.Down.Ticks, breakdown.Unknown.Ticks];
                if (!stateTicks.SequenceEqual(year.ExpectedTicks))
                    throw new InvalidOperationException(Invariant(
                        $"Node {year.NodeId}: stored intervals give up/degraded/down/unknown ticks {string.Join("/", stateTicks)}, the generator produced {string.Join("/", year.ExpectedTicks)}."));

                var answer = await sp.GetRequiredService<INodeEvidenceAppService>().GetUptimeAsync(year.NodeId, SyntheticEvidence.YearStart, SyntheticEvidence.YearEnd);
                if (!SameSeconds(answer, year.ExpectedTicks))
                    throw new InvalidOperationException(Invariant($"Node {year.NodeId}: GetUptimeAsync disagrees with the generator."));

                var dayProbes = await db.DailyRollups.Where(r => r.NodeId == year.NodeId).SumAsync(r => (long)r.ProbeCount);
                // Through the repository, so every row's packed hours are decoded and checked against its day.
                var hours = await sp.GetRequiredService<IEvidenceRepository>()
                    .GetRollupsAsync(year.NodeId, RollupGranularity.Hour, SyntheticEvidence.YearStart, SyntheticEvidence.YearEnd);
                var hourProbes = hours.Sum(r => (long)r.ProbeCount);
                if (dayProbes != year.Probes || hourProbes != year.Probes)
                    throw new InvalidOperationException(Invariant($"Node {year.NodeId}: rollups count {hourProbes}/{dayProbes} probes, the generator sent {year.Probes}."));
            });
        }
        return Invariant($"chain valid on {years.Count}/{years.Count} nodes ({checkedRows:N0} rows read back), uptime to the tick on {years.Count}/{years.Count}, the days and their unpacked hours count every probe");
    }

    /// <summary>The API's seconds are the ticks over 10^7, so equal ticks give equal doubles.</summary>
    public static bool SameSeconds(NodeUptimeDto answer, long[] expectedTicks)
        => (answer.UpSeconds, answer.DegradedSeconds, answer.DownSeconds, answer.UnknownSeconds)
           == (Seconds(expectedTicks[0]), Seconds(expectedTicks[1]), Seconds(expectedTicks[2]), Seconds(expectedTicks[3]));

    private static double Seconds(long ticks) => (double)ticks / TimeSpan.TicksPerSecond;

    /// <summary>The design the issue rejects, filled with the same probes as the first nodes' evidence, by binary COPY.</summary>
    private static async Task<NaiveResult> NaiveAsync(string connectionString, IReadOnlyList<Guid> nodeIds)
    {
        await ExecuteAsync(connectionString,
            """
            CREATE TABLE probe_samples (node_id uuid NOT NULL, at timestamptz NOT NULL, state smallint NOT NULL, reason smallint NOT NULL,
                                        latency_ms double precision, PRIMARY KEY (node_id, at))
            """);
        var clock = Stopwatch.StartNew();
        var nodes = Math.Min(NaiveNodes, nodeIds.Count);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var writer = await connection.BeginBinaryImportAsync(
                "COPY probe_samples (node_id, at, state, reason, latency_ms) FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < nodes; i++)
                foreach (var probe in SyntheticEvidence.Probes(nodeIds[i], i))
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(probe.NodeId, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(probe.At, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync((short)probe.State, NpgsqlDbType.Smallint);
                    await writer.WriteAsync((short)probe.Reason, NpgsqlDbType.Smallint);
                    if (probe.LatencyMs is { } ms) await writer.WriteAsync(ms, NpgsqlDbType.Double);
                    else await writer.WriteNullAsync();
                }
            await writer.CompleteAsync();
        }
        var copyTime = clock.Elapsed;
        await ExecuteAsync(connectionString, "VACUUM ANALYZE probe_samples");
        return new NaiveResult(nodes, await TableSizeAsync(connectionString, "probe_samples"), copyTime);
    }
}

internal sealed record RollupShape(long Rows, long RowBytes, long HourDataBytes, long HistogramBytes, long HoursWithProbes);

internal sealed record NaiveResult(int Nodes, TableSize Size, TimeSpan CopyTime);

internal sealed record EvidenceSizeResult(
    int Nodes,
    long Probes,
    int RowsInserted,
    TimeSpan GenerateTime,
    TimeSpan InsertTime,
    IReadOnlyList<int> IntervalsPerNode,
    IReadOnlyDictionary<string, TableSize> Tables,
    RollupShape Rollups,
    long RawPayloadBytes,
    string Checks,
    NaiveResult Naive)
{
    private const long AimBytes = 2_000_000;

    public void Print()
    {
        var n = (double)Nodes;
        var parts = new List<(string Name, double Rows, double Data, double Indexes)>();
        void Table(string name, params string[] tables)
            => parts.Add((name, tables.Sum(t => Tables[t].Rows), tables.Sum(t => Tables[t].Heap + Tables[t].Toast), tables.Sum(t => Tables[t].Indexes)));

        Table("state intervals", "EvidenceIntervals");
        Table("daily rollups (day and its packed hours)", "DailyRollups");
        Table(Invariant($"raw sample blocks (last {EvidenceConsts.DefaultRawRetentionDays} days)"), "RawSampleBlocks");
        Table("probe status", "NodeProbeStatuses");
        Table("version observations and changes", "VersionObservations", "VersionChanges");
        var total = parts.Sum(p => p.Data + p.Indexes);

        Console.WriteLine(Invariant($"### Evidence size per node-year ({Nodes} nodes, one probe every {SyntheticEvidence.IntervalSeconds} s, {EvidenceConsts.DefaultRawRetentionDays}-day raw retention)"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"Generated {Probes:N0} probes ({Probes / n:N0} per node) through the domain in {GenerateTime.TotalSeconds:F1} s; inserted {RowsInserted:N0} rows through the DbContext in {InsertTime.TotalSeconds:F1} s ({RowsInserted / InsertTime.TotalSeconds:N0} rows/s)."));
        Console.WriteLine(Invariant($"Intervals per node: min {IntervalsPerNode.Min()}, median {Median(IntervalsPerNode.Select(i => (double)i)):F0}, max {IntervalsPerNode.Max()}."));
        Console.WriteLine(Invariant($"Checks: {Checks}."));
        Console.WriteLine();
        Console.WriteLine("| part | rows per node | table + TOAST per node | indexes per node | total per node-year | share |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, rows, data, indexes) in parts)
            Console.WriteLine(Invariant($"| {name} | {rows / n:N1} | {data / n:N0} B | {indexes / n:N0} B | {(data + indexes) / n:N0} B | {100 * (data + indexes) / total:F1} % |"));
        Console.WriteLine(Invariant($"| **evidence total** | {parts.Sum(p => p.Rows) / n:N1} | {parts.Sum(p => p.Data) / n:N0} B | {parts.Sum(p => p.Indexes) / n:N0} B | **{total / n:N0} B ({total / n / 1_048_576:F2} MiB)** | 100 % |"));
        var naive = Naive.Size;
        var naivePerNode = (double)naive.Total / Naive.Nodes;
        Console.WriteLine(Invariant($"| naive row per probe, forever (measured on {Naive.Nodes} nodes) | {naive.Rows / (double)Naive.Nodes:N0} | {(naive.Heap + naive.Toast) / (double)Naive.Nodes:N0} B | {naive.Indexes / (double)Naive.Nodes:N0} B | {naivePerNode:N0} B ({naivePerNode / 1_048_576:F1} MiB) | |"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"Aim at most {AimBytes:N0} B per node-year: **{(total / n <= AimBytes ? "met" : "missed")}** ({total / n:N0} B). The naive table is {naivePerNode / (total / n):F0} times larger ({Naive.Size.Rows:N0} rows copied in {Naive.CopyTime.TotalSeconds:F1} s)."));
        var days = Math.Max(1.0, Rollups.Rows);
        var raw = Tables["RawSampleBlocks"];
        Console.WriteLine(Invariant($"Row sizes: daily rollup {Rollups.RowBytes / days:F0} B, of which {Rollups.HourDataBytes / days:F0} B of packed hours ({Rollups.HoursWithProbes / days:F1} hours with probes, {Rollups.HourDataBytes / Math.Max(1.0, Rollups.HoursWithProbes):F1} B each with the header shared out) and a {Rollups.HistogramBytes / days:F1} B day histogram; raw block {(raw.Heap + raw.Toast) / (double)Math.Max(1, raw.Rows):F0} B of table for {RawPayloadBytes / (double)Math.Max(1, raw.Rows):F0} B of samples; interval {(Tables["EvidenceIntervals"].Heap) / (double)Math.Max(1, Tables["EvidenceIntervals"].Rows):F0} B of table."));
        Console.WriteLine();
        Console.WriteLine("| table | rows | table | TOAST | indexes | pg_total_relation_size |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var t in Tables.Values.Append(naive))
            Console.WriteLine(Invariant($"| {t.Table} | {t.Rows:N0} | {t.Heap:N0} B | {t.Toast:N0} B | {t.Indexes:N0} B | {t.Total:N0} B |"));
    }
}
