using Hangfire;
using VendorManager.Jobs;
using VendorManager.Probing;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>Schedules probe jobs on the "probes" queue, served by its own workers so a slow node never starves other jobs.</summary>
internal sealed class HangfireProbeJobScheduler(IBackgroundJobClient jobs) : IProbeJobScheduler
{
    public const string Queue = "probes";

    public void Schedule(Guid nodeId, DateTime slot)
        => jobs.Schedule<ProbeNodeJob>(Queue, j => j.RunAsync(nodeId, slot, CancellationToken.None), new DateTimeOffset(slot, TimeSpan.Zero));
}
