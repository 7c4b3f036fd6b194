using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using VendorManager.EntityFrameworkCore;
using VendorManager.Permissions;

namespace VendorManager.Web.BackgroundJobs;

internal static class HangfireSetup
{
    public static IServiceCollection AddVendorManagerHangfire(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = new BackgroundJobOptions();
        configuration.GetSection("BackgroundJobs").Bind(options);
        services.AddSingleton(options);

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.PostgreSql)
                config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(database.ResolveConnectionString()),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
            else
                config.UseSQLiteStorage(Path.Combine(database.DataDirectory, "hangfire.db"), new SQLiteStorageOptions());
        });

        services.AddHostedService<RecurringJobRegistrar>();
        if (options.ServerEnabled)
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = options.WorkerCount;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        return services;
    }

    public static WebApplication MapVendorManagerHangfireDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new PermissionDashboardAuthorizationFilter(VendorManagerPermissions.BackgroundJobs.Dashboard)],
                AppPath = "/",
                DashboardTitle = "VendorManager jobs",
            })
            .RequireAuthorization(VendorManagerPermissions.BackgroundJobs.Dashboard);
        return app;
    }
}
