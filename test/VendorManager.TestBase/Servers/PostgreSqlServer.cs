using Npgsql;

namespace VendorManager.TestBase.Servers;

/// <summary>
/// A real PostgreSQL cluster of the test run's own: initdb and pg_ctl from Debian's postgresql
/// package into a temp folder, on a free loopback port, as the postgres user when running as root
/// (initdb refuses root). Durability is switched off: the data is thrown away afterwards.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _binDirectory;
    private readonly string? _runAs;

    public int Port { get; }
    private string DataDirectory => Path.Combine(_root, "data");

    private PostgreSqlServer(string root, string binDirectory, int port, string? runAs)
    {
        _root = root;
        _binDirectory = binDirectory;
        Port = port;
        _runAs = runAs;
    }

    public static async Task<PostgreSqlServer> StartAsync()
    {
        var bin = FindBinDirectory();
        var root = Path.Combine(Path.GetTempPath(), "vm-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        string? runAs = null;
        if (ProcessRunner.IsRoot)
        {
            runAs = "postgres";
            await ProcessRunner.RunAsync("chown", ["postgres:postgres", root], TimeSpan.FromSeconds(10));
        }
        var server = new PostgreSqlServer(root, bin, FreePort.Next(), runAs);
        await server.InitAndStartAsync();
        return server;
    }

    private async Task InitAndStartAsync()
    {
        await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "initdb"),
            ["-D", DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"],
            TimeSpan.FromMinutes(2), _runAs);
        var options = $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB";
        await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
            ["-D", DataDirectory, "-o", options, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start"],
            TimeSpan.FromMinutes(2), _runAs);
    }

    public string ConnectionString(string database)
        => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, IncludeErrorDetail = true,
            MaxPoolSize = 50,
        }.ConnectionString;

    /// <summary>A new empty database; each test class takes its own so tests never see each other's rows.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "vm_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"],
                TimeSpan.FromMinutes(1), _runAs);
        }
        finally
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string FindBinDirectory()
    {
        const string parent = "/usr/lib/postgresql";
        var bin = Directory.Exists(parent)
            ? Directory.GetDirectories(parent).Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql. " +
            "Install the Debian package 'postgresql' (etc/scripts/test.sh does this).");
    }
}
