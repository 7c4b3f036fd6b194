using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using VendorManager.EntityFrameworkCore;
using VendorManager.Permissions;
using VendorManager.Probing;

namespace VendorManager.Web.BackgroundJobs;

internal static class HangfireSetup
{
    // Probe batches are queued seconds before their first slot: a worker must pick them up within a second, not the default 15.
    private static readonly TimeSpan QueuePollInterval = TimeSpan.FromSeconds(1);

    private static readonly PostgreSqlStorageOptions PostgreSqlOptions = new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = QueuePollInterval,
    };

    public static IServiceCollection AddVendorManagerHangfire(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = new BackgroundJobOptions();
        configuration.GetSection("BackgroundJobs").Bind(options);
        services.AddSingleton(options);

        // Our own storage instance in DI: Hangfire's default hands out the process-wide JobStorage.Current,
        // which several hosts in one process (tests, or a future multi-tenant host) would overwrite.
        services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlStorage(
                new NpgsqlConnectionFactory(database.ResolveConnectionString(), PostgreSqlOptions),
                PostgreSqlOptions)
            : new SQLiteStorage(Path.Combine(database.DataDirectory, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval }));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new ProbeJobExpiryFilter(TimeSpan.FromMinutes(options.ProbeJobRetentionMinutes))));
        services.AddSingleton<IProbeJobScheduler, HangfireProbeJobScheduler>();

        services.AddHostedService<RecurringJobRegistrar>();
        if (options.ServerEnabled)
        {
            var probing = new ProbingOptions();
            configuration.GetSection("Probing").Bind(probing);
            probing.Validate();
            var polling = TimeSpan.FromSeconds(Math.Max(1, options.SchedulePollingSeconds));
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = options.WorkerCount;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.SchedulePollingInterval = polling;
            });
            // Probe batches get workers of their own, so a backlog of dead nodes never delays other jobs. A batch
            // lasts its few seconds plus the slowest probe's deadline; the probes inside share Probing:MaxConcurrency.
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(4, probing.MaxProbeSeconds / probing.BatchSeconds + 2);
                o.Queues = [HangfireProbeJobScheduler.Queue];
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:probes";
                o.SchedulePollingInterval = polling;
            });
        }
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
