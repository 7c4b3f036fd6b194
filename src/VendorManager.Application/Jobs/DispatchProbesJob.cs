using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Probing;

namespace VendorManager.Jobs;

/// <summary>
/// Recurring, every minute: schedules one <see cref="ProbeNodeJob"/> per enabled node per slot, up
/// to the dispatch horizon ahead. A cursor in the database remembers how far slots are scheduled,
/// so successive runs neither miss a slot nor schedule one twice; after downtime it restarts from
/// now, and the missed stretch stays a monitoring gap instead of a burst of late probes.
/// </summary>
public sealed class DispatchProbesJob(
    IDicomNodeRepository nodes,
    IEvidenceRepository evidence,
    IProbeJobScheduler scheduler,
    IUnitOfWork unitOfWork,
    IOptions<ProbingOptions> options,
    TimeProvider clock,
    ILogger<DispatchProbesJob> logger)
{
    public const string RecurringJobId = "dispatch-probes";

    /// <summary>Slots this close behind "now" are still worth probing when the cursor lags (a late dispatcher).</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!options.Value.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var cursor = await evidence.GetDispatchCursorAsync(ct);
        var from = cursor.ScheduledThrough is { } through && through >= now - Grace ? through : now - Grace;
        var to = now + TimeSpan.FromSeconds(options.Value.DispatchHorizonSeconds);
        if (to <= from) return 0;

        var scheduled = 0;
        foreach (var target in await nodes.ListProbeTargetsAsync(ct))
        {
            foreach (var slot in ProbeSlots.Between(target.Id, target.IntervalSeconds, from, to))
            {
                scheduler.Schedule(target.Id, slot);
                scheduled++;
            }
        }
        cursor.Advance(to);
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Scheduled {Count} probe(s) for [{From:O}, {To:O})", scheduled, from, to);
        return scheduled;
    }
}
