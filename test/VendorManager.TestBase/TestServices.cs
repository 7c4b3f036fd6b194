using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Probing;
using VendorManager.Seeding;
using VendorManager.TestBase.Fakes;
using VendorManager.Users;

namespace VendorManager.TestBase;

/// <summary>
/// The application and persistence layers wired as the host wires them, with a fake clock and a
/// settable current user, on a real database (a SQLite file or a PostgreSQL database).
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string? _sqliteDirectory;

    public ServiceProvider Provider { get; }
    /// <summary>The SQLite data folder (null on PostgreSQL), for tools that open the database themselves.</summary>
    public string? SqliteDirectory => _sqliteDirectory;
    public FakeTimeProvider Clock { get; }
    public TestCurrentUser CurrentUser { get; }

    private TestServices(ServiceProvider provider, FakeTimeProvider clock, TestCurrentUser currentUser, string? sqliteDirectory)
    {
        Provider = provider;
        Clock = clock;
        CurrentUser = currentUser;
        _sqliteDirectory = sqliteDirectory;
    }

    /// <summary>Probe jobs the application scheduled, in order (the host would hand them to Hangfire).</summary>
    public RecordingProbeJobScheduler ProbeScheduler => Provider.GetRequiredService<RecordingProbeJobScheduler>();

    /// <param name="settings">Configuration as the host would read it, e.g. "Smtp:Host".</param>
    public static Task<TestServices> SqliteAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "vm-sqlite-" + Guid.NewGuid().ToString("N")[..12]);
        return CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = directory }, directory, settings);
    }

    public static Task<TestServices> PostgreSqlAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
        => CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString }, null, settings);

    private static async Task<TestServices> CreateAsync(DatabaseOptions database, string? sqliteDirectory,
        IReadOnlyDictionary<string, string?>? settings)
    {
        var clock = new FakeTimeProvider(DefaultNow);
        var currentUser = new TestCurrentUser();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICurrentUser>(currentUser);
        services.AddVendorManagerEntityFrameworkCore(database);
        services.AddVendorManagerApplication(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton<RecordingProbeJobScheduler>();
        services.AddSingleton<IProbeJobScheduler>(sp => sp.GetRequiredService<RecordingProbeJobScheduler>());
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddIdentityCore<AppUser>(IdentityPolicy.Apply)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<VendorManagerDbContext>()
            .AddDefaultTokenProviders();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new TestServices(provider, clock, currentUser, sqliteDirectory);
    }

    /// <summary>Runs <paramref name="action"/> in its own scope: a fresh unit of work, as one request would have.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_sqliteDirectory is not null)
            try { Directory.Delete(_sqliteDirectory, recursive: true); } catch (IOException) { }
    }
}
