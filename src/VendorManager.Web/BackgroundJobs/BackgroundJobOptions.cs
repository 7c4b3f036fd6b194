namespace VendorManager.Web.BackgroundJobs;

/// <summary>Bound from "BackgroundJobs". Recurring jobs are registered from configuration by id.</summary>
public sealed class BackgroundJobOptions
{
    /// <summary>Run a Hangfire server in this instance. Several instances on one PostgreSQL share the queue.</summary>
    public bool ServerEnabled { get; set; } = true;
    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);
    /// <summary>How long finished probe jobs stay visible in the dashboard.</summary>
    public int ProbeJobRetentionMinutes { get; set; } = 15;
    /// <summary>How often each server moves due scheduled jobs to their queue; probes are scheduled to the second.</summary>
    public int SchedulePollingSeconds { get; set; } = 1;
    /// <summary>Recurring job id to CRON expression (UTC). An empty expression disables the job.</summary>
    public Dictionary<string, string> Recurring { get; set; } = new()
    {
        [Jobs.PurgeExpiredApiTokensJob.RecurringJobId] = "17 * * * *",
        [Jobs.DispatchProbesJob.RecurringJobId] = "* * * * *",
        [Jobs.PruneRawSamplesJob.RecurringJobId] = "23 3 * * *",
        [Jobs.RefreshContractSchedulesJob.RecurringJobId] = "7 * * * *",
        [Jobs.SendContractRemindersJob.RecurringJobId] = "12 * * * *",
    };
}
