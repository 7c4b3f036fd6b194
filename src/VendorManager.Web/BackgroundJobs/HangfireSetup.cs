using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using VendorManager.EntityFrameworkCore;
using VendorManager.Jobs;
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
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        var options = app.Services.GetRequiredService<BackgroundJobOptions>();
        RegisterRecurring<PurgeExpiredApiTokensJob>(jobs, options, PurgeExpiredApiTokensJob.RecurringJobId, j => j.ExecuteAsync(CancellationToken.None));

        app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new PermissionDashboardAuthorizationFilter(VendorManagerPermissions.BackgroundJobs.Dashboard)],
                AppPath = "/",
                DashboardTitle = "VendorManager jobs",
            })
            .RequireAuthorization(VendorManagerPermissions.BackgroundJobs.Dashboard);
        return app;
    }

    private static void RegisterRecurring<TJob>(IRecurringJobManager jobs, BackgroundJobOptions options, string id,
        System.Linq.Expressions.Expression<Func<TJob, Task>> call)
    {
        if (options.Recurring.TryGetValue(id, out var cron) && !string.IsNullOrWhiteSpace(cron))
            jobs.AddOrUpdate(id, call, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        else
            jobs.RemoveIfExists(id);
    }
}
