using VendorManager.Evidence;
using VendorManager.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Auditing;
using VendorManager.Calendar;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.EntityFrameworkCore.Interceptors;
using VendorManager.EntityFrameworkCore.Repositories;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>Reads the provider choice from configuration alone: Database:Provider, ConnectionStrings:Default, Storage:DataDirectory.</summary>
    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration, string contentRoot)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Default") ?? options.ConnectionString;
        var dataDirectory = configuration["Storage:DataDirectory"] ?? options.DataDirectory;
        options.DataDirectory = Path.GetFullPath(Path.IsPathRooted(dataDirectory) ? dataDirectory : Path.Combine(contentRoot, dataDirectory));
        return options;
    }

    public static IServiceCollection AddVendorManagerEntityFrameworkCore(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite) Directory.CreateDirectory(options.DataDirectory);
        var connectionString = options.ResolveConnectionString();

        services.AddSingleton(options);
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<ContractListingInterceptor>();
        services.AddDbContext<VendorManagerDbContext>((sp, builder) =>
        {
            builder.UseVendorManagerProvider(options.Provider, connectionString, options.MigrationsAssembly);
            // In this order: the listing is refreshed first, so auditing stamps and checks one complete change.
            builder.AddInterceptors(sp.GetRequiredService<ContractListingInterceptor>(), sp.GetRequiredService<AuditingInterceptor>());
        });
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<VendorManagerDbContext>());
        services.AddScoped<IVendorRepository, VendorRepository>();
        services.AddScoped<IDicomNodeRepository, DicomNodeRepository>();
        services.AddScoped<IContractRepository, ContractRepository>();
        services.AddScoped<IContractListingRepository, ContractListingRepository>();
        services.AddScoped<IContractDocumentRepository, ContractDocumentRepository>();
        services.AddScoped<IContractReminderDispatchRepository, ContractReminderDispatchRepository>();
        services.AddScoped<IContractReminderSource, ContractReminderSource>();
        services.AddScoped<IApiTokenRepository, ApiTokenRepository>();
        services.AddScoped<IEntityChangeRepository, EntityChangeRepository>();
        services.AddScoped<IEvidenceRepository, EvidenceRepository>();
        services.AddScoped<IVersionEvidenceRepository, VersionEvidenceRepository>();
        services.AddScoped<ICalendarFeedTokenRepository, CalendarFeedTokenRepository>();
        services.AddScoped<IContractCalendarRepository, ContractCalendarRepository>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    public static DbContextOptionsBuilder UseVendorManagerProvider(this DbContextOptionsBuilder builder,
        DatabaseProvider provider, string connectionString, string migrationsAssembly)
        => provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrationsAssembly)),
            _ => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrationsAssembly)),
        };
}
