using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorManager;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Seeding;
using VendorManager.Users;

// Production deploys run this once per release, before the app instances start:
// it applies the provider's migrations and seeds roles and the first administrator.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddEnvironmentVariables();
var database = builder.Configuration.ReadDatabaseOptions(AppContext.BaseDirectory);
builder.Services.AddVendorManagerEntityFrameworkCore(database);
builder.Services.AddVendorManagerApplication(builder.Configuration);
builder.Services.AddSingleton<ICurrentUser, SystemUser>();
builder.Services.AddDataProtection();
builder.Services.AddIdentityCore<AppUser>(IdentityPolicy.Apply)
    .AddRoles<AppRole>()
    .AddEntityFrameworkStores<VendorManagerDbContext>();

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DbMigrator");
await using var scope = host.Services.CreateAsyncScope();
logger.LogInformation("Migrating the {Provider} database", database.Provider);
await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
var seeded = await scope.ServiceProvider.GetRequiredService<IdentityDataSeeder>().SeedAsync();
if (seeded.GeneratedPassword is not null)
    Console.WriteLine($"Created the first administrator; its password, shown only now: {seeded.GeneratedPassword}");
logger.LogInformation("Done");
return 0;

/// <summary>The migrator acts as the system: audit rows it writes have no user.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public Guid? Id => null;
    public string? UserName => "dbmigrator";
    public bool IsAuthenticated => false;
    public bool IsInRole(string role) => false;
}
