using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// The real host in memory, on its own SQLite data folder or on a PostgreSQL database.
/// Settings go in through configuration only, exactly as an operator would set them.
/// </summary>
public sealed class VendorManagerWebFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "test-admin-password-1";

    private readonly Dictionary<string, string?> _settings;
    private readonly string? _dataDirectory;

    /// <param name="settings">More configuration, e.g. "Probing:MaxConcurrency"; it wins over the defaults above.</param>
    public VendorManagerWebFactory(string? postgresConnectionString = null, bool jobServer = false, bool? migrateOnStartup = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = new()
        {
            ["Seed:AdminPassword"] = AdminPassword,
            ["BackgroundJobs:ServerEnabled"] = jobServer ? "true" : "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        if (postgresConnectionString is null)
        {
            _dataDirectory = Path.Combine(Path.GetTempPath(), "vm-web-" + Guid.NewGuid().ToString("N")[..12]);
            _settings["Storage:DataDirectory"] = _dataDirectory;
        }
        else
        {
            _settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
            _settings["ConnectionStrings:Default"] = postgresConnectionString;
        }
        if (migrateOnStartup is not null) _settings["Database:MigrateOnStartup"] = migrateOnStartup.Value ? "true" : "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    /// <summary>
    /// Program.Main sets Serilog's static bootstrap logger and UseSerilog captures it a moment later;
    /// two hosts starting at once can both capture the second one, and the second freeze throws
    /// "The logger is already frozen". Building the host runs Main, so one host starts at a time.
    /// </summary>
    private static readonly Lock StartLock = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock) return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    public HttpClient CreateNoRedirectClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a user with one role (or none) and returns it with an API token of its own.</summary>
    public async Task<(AppUser User, string Token)> CreateUserWithTokenAsync(string? role, string? userName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        userName ??= $"{(role ?? "norole").ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}";
        var user = new AppUser(userName, $"{userName}@hospital.example.org", DateTime.UtcNow) { EmailConfirmed = true };
        Check(await users.CreateAsync(user, AdminPassword));
        if (role is not null) Check(await users.AddToRoleAsync(user, role));

        var db = scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>();
        var (token, secret) = ApiToken.Issue(user.Id, "tests", DateTime.UtcNow, DateTime.UtcNow.AddDays(1));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return (user, secret);
    }

    public HttpClient CreateTokenClient(string token)
    {
        var client = CreateNoRedirectClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _dataDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
