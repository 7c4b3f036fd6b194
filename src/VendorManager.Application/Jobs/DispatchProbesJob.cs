using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Probing;

namespace VendorManager.Jobs;

/// <summary>
/// Recurring, every minute: schedules every enabled node's probe slots up to the dispatch horizon
/// ahead, in <see cref="ProbeBatchJob"/>s of <see cref="ProbingOptions.BatchSeconds"/> each. A cursor in the database remembers how far slots are scheduled,
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

    /// <summary>How long before its first slot a batch is queued.</summary>
    public static readonly TimeSpan BatchLead = TimeSpan.FromSeconds(2);

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (!options.Value.Enabled) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var cursor = await evidence.GetDispatchCursorAsync(ct);
        var from = cursor.ScheduledThrough is { } through && through >= now - Grace ? through : now - Grace;
        var to = now + TimeSpan.FromSeconds(options.Value.DispatchHorizonSeconds);
        if (to <= from) return 0;

        var batch = TimeSpan.FromSeconds(options.Value.BatchSeconds).Ticks;
        var slots = (await nodes.ListProbeTargetsAsync(ct))
            .SelectMany(target => ProbeSlots.Between(target.Id, target.IntervalSeconds, from, to).Select(slot => new ProbeSlot(target.Id, slot)))
            .ToList();
        // Queued a little ahead: a batch picked up late would start its first probes late; early, they just wait for their slots.
        foreach (var bucket in slots.GroupBy(s => s.Slot.Ticks - s.Slot.Ticks % batch).OrderBy(g => g.Key))
            scheduler.Schedule(bucket.OrderBy(s => s.Slot).ToList(), new DateTime(bucket.Key, DateTimeKind.Utc) - BatchLead);
        var scheduled = slots.Count;
        cursor.Advance(to);
        await unitOfWork.SaveChangesAsync(ct);
        logger.LogInformation("Scheduled {Count} probe(s) for [{From:O}, {To:O})", scheduled, from, to);
        return scheduled;
    }
}
