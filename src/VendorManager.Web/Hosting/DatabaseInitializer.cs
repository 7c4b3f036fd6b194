using VendorManager.EntityFrameworkCore;
using VendorManager.Seeding;

namespace VendorManager.Web.Hosting;

internal static class DatabaseInitializer
{
    /// <summary>
    /// On the embedded default the app migrates its own SQLite file; with PostgreSQL, DbMigrator
    /// does it during the deploy (unless Database:MigrateOnStartup says otherwise). Seeding only adds
    /// what is missing, so every instance may run it.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        if (options.ShouldMigrateOnStartup)
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        else if (!await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().IsUpToDateAsync())
        {
            app.Logger.LogWarning("The database schema is not up to date; run VendorManager.DbMigrator. /health/ready reports unhealthy until then");
            return;
        }

        var result = await scope.ServiceProvider.GetRequiredService<IdentityDataSeeder>().SeedAsync();
        if (result.GeneratedPassword is not null)
        {
            // Printed once, to the console only (not the log sinks), and never stored in clear.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine(" First start: created the administrator account.");
            Console.WriteLine($"   user name: {scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentitySeedOptions>>().Value.AdminUserName}");
            Console.WriteLine($"   password:  {result.GeneratedPassword}");
            Console.WriteLine(" It is shown only now. Sign in and change it, or set Seed__AdminPassword.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }
}
