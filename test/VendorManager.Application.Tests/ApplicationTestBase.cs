using Microsoft.Extensions.DependencyInjection;
using VendorManager.TestBase;
using Xunit;

namespace VendorManager.Application.Tests;

/// <summary>Each test gets a fresh SQLite file migrated with the real migrations and the real DbContext.</summary>
public abstract class ApplicationTestBase : IAsyncLifetime
{
    protected TestServices Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Services = await TestServices.SqliteAsync(await SettingsAsync());
        Services.CurrentUser.ActAs(Guid.NewGuid(), "pacs.admin", "Administrator");
    }

    public virtual async Task DisposeAsync() => await Services.DisposeAsync();

    /// <summary>Configuration as the host would read it (e.g. "Smtp:Host"); a test class that needs a server starts it here.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>?> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(null);

    protected Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
        => Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    protected Task WithAsync<TService>(Func<TService, Task> action) where TService : notnull
        => Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
}
