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
        Services = await TestServices.SqliteAsync();
        Services.CurrentUser.ActAs(Guid.NewGuid(), "pacs.admin", "Administrator");
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();

    protected Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
        => Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    protected Task WithAsync<TService>(Func<TService, Task> action) where TService : notnull
        => Services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
}
