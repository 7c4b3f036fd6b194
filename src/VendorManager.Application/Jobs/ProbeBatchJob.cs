using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Common;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Probing;

namespace VendorManager.Jobs;

/// <summary>
/// One queued job for the probe slots of a few seconds: each probe waits for its own slot (so
/// per-node jitter is kept), runs in its own scope through <see cref="ProbeNodeJob"/> (its own
/// lock, slot claim and transaction), and at most <see cref="ProbingOptions.MaxConcurrency"/> run
/// at once in this instance. A job per slot would cost the job storage more than the probe itself:
/// see docs/benchmarks.md. A probe that fails is logged and never fails its neighbours. The batch holds
/// a distributed lock while it runs, so a copy of it (a job the queue handed out again while the first
/// still ran) waits for nothing and probes nothing; the slot claims would stop its probes anyway.
/// </summary>
public sealed class ProbeBatchJob(
    IServiceScopeFactory scopes,
    ProbeConcurrency concurrency,
    IDistributedLockProvider locks,
    NodeEvidenceCache cache,
    TimeProvider clock,
    ILogger<ProbeBatchJob> logger)
{
    /// <summary>A slot belongs to exactly one batch, so the batch's first slot names it.</summary>
    public static string LockResource(ProbeSlot first) => $"vendormanager:probe-batch:{first.NodeId:N}:{UtcInstant.From(first.Slot).Ticks}";

    /// <param name="slots">An array, not an interface: the job queue stores arguments as JSON, and a concrete type needs no type names in it.</param>
    public async Task<ProbeBatchSummary> RunAsync(ProbeSlot[] slots, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Length == 0) return ProbeBatchSummary.Of([]);
        await using var held = await locks.TryAcquireAsync(LockResource(slots[0]), TimeSpan.Zero, ct);
        if (held is null)
        {
            logger.LogWarning("Probe batch from {Slot:O} is already running; this copy was skipped", slots[0].Slot);
            return ProbeBatchSummary.Of(slots.Select(_ => (ProbeJobOutcome?)ProbeJobOutcome.Busy).ToArray());
        }
        // One read for the whole batch: a node deleted or disabled since the dispatch is not probed.
        Dictionary<Guid, DicomNode> nodes;
        await using (var scope = scopes.CreateAsyncScope())
            nodes = (await scope.ServiceProvider.GetRequiredService<IDicomNodeRepository>()
                .FindManyAsync(slots.Select(s => s.NodeId).Distinct().ToList(), ct)).ToDictionary(n => n.Id);
        var outcomes = await Task.WhenAll(slots.Select(slot => RunOneAsync(slot, nodes.GetValueOrDefault(slot.NodeId), ct)));
        return ProbeBatchSummary.Of(outcomes);
    }

    private async Task<ProbeJobOutcome?> RunOneAsync(ProbeSlot slot, DicomNode? node, CancellationToken ct)
    {
        if (node is null)
        {
            cache.Forget(slot.NodeId);
            return ProbeJobOutcome.NodeGone;
        }
        var due = UtcInstant.From(slot.Slot) - clock.GetUtcNow().UtcDateTime;
        if (due > TimeSpan.Zero)
            await Task.Delay(due, clock, ct);
        try
        {
            using var _ = await concurrency.EnterAsync(ct);
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProbeNodeJob>().RunAsync(node, slot.Slot, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Probe of node {NodeId} for slot {Slot:O} failed", slot.NodeId, slot.Slot);
            return null;
        }
    }
}
