using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VendorManager.EntityFrameworkCore;

namespace VendorManager.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the app; it never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<VendorManagerDbContext>
{
    public VendorManagerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<VendorManagerDbContext>();
        builder.UseVendorManagerProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db", typeof(DesignTimeDbContextFactory).Assembly.GetName().Name!);
        return new VendorManagerDbContext(builder.Options);
    }
}
