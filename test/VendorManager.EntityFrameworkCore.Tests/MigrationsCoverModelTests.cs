using Microsoft.EntityFrameworkCore;
using VendorManager.EntityFrameworkCore;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>A model change without a migration for each provider fails here, before it fails a deploy.</summary>
public sealed class MigrationsCoverModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=none")]
    public void Should_Have_No_Model_Changes_That_No_Migration_Covers(DatabaseProvider provider, string connectionString)
    {
        var options = new DatabaseOptions { Provider = provider };
        var builder = new DbContextOptionsBuilder<VendorManagerDbContext>();
        builder.UseVendorManagerProvider(provider, connectionString, options.MigrationsAssembly);
        using var db = new VendorManagerDbContext(builder.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration covers. Add one: dotnet ef migrations add <Name> " +
            $"--project src/{options.MigrationsAssembly} --startup-project src/{options.MigrationsAssembly}");
    }
}
