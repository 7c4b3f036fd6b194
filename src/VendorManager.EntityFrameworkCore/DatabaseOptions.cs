namespace VendorManager.EntityFrameworkCore;

/// <summary>Bound from the "Database" and "Storage" sections plus ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Required for PostgreSQL; for SQLite it defaults to a file in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }
    public string DataDirectory { get; set; } = "App_Data";
    /// <summary>Apply migrations when the app starts. Default: yes for SQLite, no for PostgreSQL (DbMigrator does it).</summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.PostgreSql => "VendorManager.Migrations.PostgreSql",
        _ => "VendorManager.Migrations.Sqlite",
    };

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        if (Provider == DatabaseProvider.PostgreSql)
            throw new InvalidOperationException(
                "Database:Provider is PostgreSql but ConnectionStrings:Default is empty. Set it, e.g. Host=db;Database=vendormanager;Username=vendormanager;Password=...");
        return $"Data Source={Path.Combine(DataDirectory, "vendormanager.db")}";
    }
}
