using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorManager.EntityFrameworkCore;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>database/vendormanager-postgresql.sql is what change control reviews: it must build the same schema as the migrations.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class DatabaseScriptTests(PostgreSqlFixture postgres)
{
    private static string ScriptPath => Path.Combine(RepositoryPaths.Root, "database", "vendormanager-postgresql.sql");

    [Fact]
    public async Task The_Idempotent_Script_Should_Create_The_Current_Schema_And_Be_Safe_To_Run_Twice()
    {
        var script = await File.ReadAllTextAsync(ScriptPath);
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        for (var run = 0; run < 2; run++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(script, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var services = await TestServicesWithoutMigrationAsync(connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Vendors.CountAsync());
    }

    private static Task<ServiceProvider> TestServicesWithoutMigrationAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Users.ICurrentUser, TestBase.Fakes.TestCurrentUser>();
        services.AddSingleton(TimeProvider.System);
        services.AddVendorManagerEntityFrameworkCore(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString });
        return Task.FromResult(services.BuildServiceProvider());
    }
}
