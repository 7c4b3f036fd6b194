using Hangfire;
using VendorManager.Jobs;
using VendorManager.Probing;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>Schedules probe batches on the "probes" queue, served by workers of its own so probes never starve other jobs.</summary>
internal sealed class HangfireProbeJobScheduler(IBackgroundJobClient jobs) : IProbeJobScheduler
{
    public const string Queue = "probes";

    public void Schedule(IReadOnlyList<ProbeSlot> slots, DateTime runAt)
    {
        var batch = slots.ToArray();
        jobs.Schedule<ProbeBatchJob>(Queue, j => j.RunAsync(batch, CancellationToken.None), new DateTimeOffset(runAt, TimeSpan.Zero));
    }
}
