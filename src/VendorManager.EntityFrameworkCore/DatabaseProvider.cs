namespace VendorManager.EntityFrameworkCore;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file in the data folder, nothing to install.</summary>
    Sqlite,
    /// <summary>Production: several app instances share one PostgreSQL.</summary>
    PostgreSql,
}
