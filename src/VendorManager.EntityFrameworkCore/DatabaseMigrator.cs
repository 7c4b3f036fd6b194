using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace VendorManager.EntityFrameworkCore;

/// <summary>Applies the provider's migrations; used at start-up (embedded default) and by DbMigrator.</summary>
public sealed class DatabaseMigrator(VendorManagerDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task<bool> IsUpToDateAsync(CancellationToken ct = default)
    {
        try
        {
            return !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not read the applied migrations");
            return false;
        }
    }

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("Database schema is up to date");
            return;
        }
        logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgreSql)
        {
            // WAL lets readers (pages, health checks) proceed while a job writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
