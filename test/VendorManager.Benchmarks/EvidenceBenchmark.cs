using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorManager.EntityFrameworkCore;
using VendorManager.Nodes;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;

namespace VendorManager.Benchmarks;

/// <summary>
/// Probe evidence (issue 4) on a real PostgreSQL cluster of the benchmark's own: what a node-year
/// costs on disk (<see cref="EvidenceSizeBenchmark"/>) and how fast a year's uptime comes back for
/// a fleet (<see cref="UptimeQueryBenchmark"/>). Each part gets its own database, so the sizes are
/// of evidence alone and the timings read only the fleet's intervals.
/// </summary>
internal static class EvidenceBenchmark
{
    public static async Task RunAsync(int sizeNodes, int uptimeNodes, int warmRuns)
    {
        var total = Stopwatch.StartNew();
        await using var server = await PostgreSqlServer.StartAsync();
        var version = await ScalarAsync<string>(server.ConnectionString("postgres"), "SHOW server_version");
        Console.WriteLine(Invariant($"PostgreSQL {version} (the test cluster settings: fsync off, shared_buffers 64MB), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));

        // Either part can be skipped with a count of 0, e.g. to repeat only the timings.
        var size = sizeNodes > 0 ? await EvidenceSizeBenchmark.RunAsync(server, sizeNodes) : null;
        var uptime = uptimeNodes > 0 ? await UptimeQueryBenchmark.RunAsync(server, uptimeNodes, warmRuns) : null;

        Console.WriteLine();
        size?.Print();
        Console.WriteLine();
        uptime?.Print();
        Console.WriteLine();
        Console.WriteLine(Invariant($"Whole benchmark: {total.Elapsed.TotalSeconds:F0} s."));
    }

    /// <summary>Nodes through the real application service (the evidence tables reference them), all probed every 60 s.</summary>
    public static async Task<IReadOnlyList<Guid>> CreateNodesAsync(TestServices services, int count, string prefix)
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var node = await services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
            {
                Name = Invariant($"{prefix} {i + 1:D4}"),
                AeTitle = "ARCHIVE",
                Host = Invariant($"10.{20 + i / 62_500}.{i / 250 % 250}.{i % 250 + 1}"),
                Port = 104,
                Role = NodeRole.Archive,
                IntervalSeconds = SyntheticEvidence.IntervalSeconds,
                DegradedLatencyMs = SyntheticEvidence.DegradedLatencyMs,
            }));
            ids.Add(node.Id);
        }
        return ids;
    }

    /// <summary>
    /// Inserts through the real DbContext in batches, with the change tracker cleared between them,
    /// so each SaveChanges only ever sees its own batch.
    /// </summary>
    public static async Task<int> InsertAsync<T>(TestServices services, IEnumerable<T> rows, int batchSize = 5_000) where T : class
    {
        await using var scope = services.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>();
        // Every entity is new: scanning them for changes before each save would only cost time.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var count = 0;
        foreach (var batch in rows.Chunk(batchSize))
        {
            db.Set<T>().AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            count += batch.Length;
        }
        return count;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Table, TOAST and index bytes as PostgreSQL reports them, after VACUUM ANALYZE.</summary>
    public static async Task<TableSize> TableSizeAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
             SELECT (SELECT count(*) FROM "{table}"),
                    pg_table_size(c.oid) - COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0),
                    COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0),
                    pg_indexes_size(c.oid),
                    pg_total_relation_size(c.oid)
             FROM pg_class c WHERE c.oid = '"{table}"'::regclass
             """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new TableSize(table, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static readonly Stopwatch Since = Stopwatch.StartNew();

    /// <summary>Prints with the seconds since start, so a slow phase shows in the log of a long run.</summary>
    public static void Log(FormattableString text) => Console.WriteLine(Invariant($"[{Since.Elapsed.TotalSeconds,5:F0} s] ") + Invariant(text));
}

/// <param name="Heap">The table's own pages, with its free-space and visibility maps.</param>
internal sealed record TableSize(string Table, long Rows, long Heap, long Toast, long Indexes, long Total);
