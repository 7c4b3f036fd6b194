using Hangfire;
using VendorManager.Jobs;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>
/// Registers the recurring jobs from configuration once the job storage answers. In the background
/// and with retries: an unreachable database must leave the app live (and not ready), not crash it.
/// </summary>
internal sealed class RecurringJobRegistrar(IServiceProvider services, BackgroundJobOptions options, ILogger<RecurringJobRegistrar> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Hangfire's storage calls block; leave the start-up path before making them.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var jobs = services.GetRequiredService<IRecurringJobManager>();
                Register<PurgeExpiredApiTokensJob>(jobs, PurgeExpiredApiTokensJob.RecurringJobId, j => j.ExecuteAsync(CancellationToken.None));
                Register<DispatchProbesJob>(jobs, DispatchProbesJob.RecurringJobId, j => j.RunAsync(CancellationToken.None));
                Register<PruneRawSamplesJob>(jobs, PruneRawSamplesJob.RecurringJobId, j => j.RunAsync(CancellationToken.None));
                Register<RefreshContractSchedulesJob>(jobs, RefreshContractSchedulesJob.RecurringJobId, j => j.RunAsync(CancellationToken.None));
                Register<SendContractRemindersJob>(jobs, SendContractRemindersJob.RecurringJobId, j => j.RunAsync(CancellationToken.None));
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not register the recurring jobs yet; retrying in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private void Register<TJob>(IRecurringJobManager jobs, string id, System.Linq.Expressions.Expression<Func<TJob, Task>> call)
    {
        if (options.Recurring.TryGetValue(id, out var cron) && !string.IsNullOrWhiteSpace(cron))
        {
            jobs.AddOrUpdate(id, call, cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            logger.LogInformation("Recurring job {JobId} runs at '{Cron}' (UTC)", id, cron);
        }
        else
        {
            jobs.RemoveIfExists(id);
        }
    }
}
