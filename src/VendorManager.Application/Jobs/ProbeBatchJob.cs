using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorManager.Common;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Probing;

namespace VendorManager.Jobs;

/// <summary>
/// One queued job for the probe slots of a few seconds. A job per slot would cost the job storage more
/// than the probe itself, and a database round trip per probe more than the probe's own work (see
/// docs/benchmarks.md), so the batch:
/// <list type="number">
/// <item>claims all its slots in one statement (a copy of the batch, or another instance, then finds them taken);</item>
/// <item>probes each node at its own slot (per-node jitter is kept), at most <see cref="ProbingOptions.MaxConcurrency"/> at once in this instance;</item>
/// <item>stores the probes of each second together, in one transaction, once they have all answered or
/// <see cref="WriteGrace"/> after the second's last slot; a probe still running then (a dead node waiting
/// out its timeout) is stored on its own when it ends.</item>
/// </list>
/// A probe that fails is logged and never fails its neighbours. A copy of the job that the queue hands
/// out again, here or on another instance, finds its slots claimed and probes nothing.
/// </summary>
public sealed class ProbeBatchJob(
    IServiceScopeFactory scopes,
    ProbeConcurrency concurrency,
    NodeEvidenceCache cache,
    TimeProvider clock,
    ILogger<ProbeBatchJob> logger)
{
    /// <summary>Probes whose slots fall in the same second of this length are stored together.</summary>
    public static readonly TimeSpan WriteGroup = TimeSpan.FromSeconds(1);

    /// <summary>How long a group's answered probes wait for the slower ones before they are stored.</summary>
    public static readonly TimeSpan WriteGrace = TimeSpan.FromSeconds(1);

    /// <param name="slots">An array, not an interface: the job queue stores arguments as JSON, and a concrete type needs no type names in it.</param>
    public async Task<ProbeBatchSummary> RunAsync(ProbeSlot[] slots, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Length == 0) return ProbeBatchSummary.Of([]);

        // The job arguments went through JSON: whatever kind came back, a slot is a UTC instant.
        var distinct = slots.Select(s => s with { Slot = UtcInstant.From(s.Slot) }).Distinct().OrderBy(s => s.Slot).ToList();
        var outcomes = new List<ProbeJobOutcome?>(slots.Length);
        outcomes.AddRange(Enumerable.Repeat<ProbeJobOutcome?>(ProbeJobOutcome.AlreadyDone, slots.Length - distinct.Count));

        var (nodes, claimed) = await ClaimAsync(distinct, ct);
        var toProbe = new List<ProbeSlot>();
        foreach (var slot in distinct)
        {
            if (!nodes.TryGetValue(slot.NodeId, out var node))
            {
                cache.Forget(slot.NodeId);
                outcomes.Add(ProbeJobOutcome.NodeGone);
            }
            else if (!claimed.Contains(slot.NodeId)) outcomes.Add(ProbeJobOutcome.AlreadyDone);
            else toProbe.Add(slot);
        }

        var groups = await Task.WhenAll(toProbe.GroupBy(s => s.Slot.Ticks / WriteGroup.Ticks)
            .Select(group => RunGroupAsync(group.ToList(), nodes, ct)));
        outcomes.AddRange(groups.SelectMany(g => g));
        return ProbeBatchSummary.Of(outcomes);
    }

    /// <summary>One read for the whole batch (a node deleted or disabled since the dispatch is not probed), and one claim.</summary>
    private async Task<(Dictionary<Guid, DicomNode> Nodes, IReadOnlySet<Guid> Claimed)> ClaimAsync(List<ProbeSlot> slots, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var nodes = (await scope.ServiceProvider.GetRequiredService<IDicomNodeRepository>()
                .FindManyAsync(slots.Select(s => s.NodeId).Distinct().ToList(), ct))
            .Where(n => n.Enabled)
            .ToDictionary(n => n.Id);
        // Slots already past are claimed too: the probe then finds them stale, and nobody else would probe them.
        var ranges = slots.Where(s => nodes.ContainsKey(s.NodeId))
            .GroupBy(s => s.NodeId)
            .Select(g => new SlotRange(g.Key, g.Min(s => s.Slot), g.Max(s => s.Slot)))
            .ToList();
        var claimed = await scope.ServiceProvider.GetRequiredService<IEvidenceRepository>().TryClaimSlotRangesAsync(ranges, ct);
        return (nodes, claimed);
    }

    private async Task<ProbeJobOutcome?[]> RunGroupAsync(List<ProbeSlot> group, Dictionary<Guid, DicomNode> nodes, CancellationToken ct)
    {
        await using var probeScope = scopes.CreateAsyncScope();
        var job = probeScope.ServiceProvider.GetRequiredService<ProbeNodeJob>();
        var probes = group.Select(slot => ProbeAsync(job, nodes[slot.NodeId], slot.Slot, ct)).ToArray();
        var all = Task.WhenAll(probes);
        if (!all.IsCompleted)
        {
            var closesIn = group[^1].Slot + WriteGrace - clock.GetUtcNow().UtcDateTime;
            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (closesIn > TimeSpan.Zero)
                await Task.WhenAny(all, Task.Delay(closesIn, clock, stopWaiting.Token));
            await stopWaiting.CancelAsync();
        }

        var outcomes = new ProbeJobOutcome?[group.Count];
        var done = probes.Select(p => p.IsCompleted).ToArray();
        var answered = new List<(int Index, ProbeToRecord Probe)>();
        for (var i = 0; i < probes.Length; i++)
        {
            if (!done[i]) continue;
            var (outcome, result) = await probes[i];
            outcomes[i] = outcome;
            if (result is not null) answered.Add((i, ToRecord(nodes[group[i].NodeId], result)));
        }
        if (!await StoreAsync(answered.Select(a => a.Probe).ToList(), ct))
            foreach (var (index, _) in answered) outcomes[index] = null;

        // The slow ones (dead nodes hold a probe for its whole deadline) are stored one by one as they end.
        for (var i = 0; i < probes.Length; i++)
        {
            if (done[i]) continue;
            var (outcome, result) = await probes[i];
            outcomes[i] = result is null || await StoreAsync([ToRecord(nodes[group[i].NodeId], result)], ct) ? outcome : null;
        }
        return outcomes;
    }

    private async Task<(ProbeJobOutcome? Outcome, ProbeResult? Result)> ProbeAsync(ProbeNodeJob job, DicomNode node, DateTime slot, CancellationToken ct)
    {
        var due = slot - clock.GetUtcNow().UtcDateTime;
        if (due > TimeSpan.Zero)
            await Task.Delay(due, clock, ct);
        try
        {
            using var _ = await concurrency.EnterAsync(ct);
            return await job.ProbeClaimedAsync(node, slot, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Probe of node {NodeId} for slot {Slot:O} failed", node.Id, slot);
            return (null, null);
        }
    }

    /// <returns>False when the probes could not be stored (logged); their slots stay claimed and show as missing samples.</returns>
    private async Task<bool> StoreAsync(IReadOnlyList<ProbeToRecord> probes, CancellationToken ct)
    {
        if (probes.Count == 0) return true;
        IReadOnlyList<RecordedProbe> recorded;
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            recorded = await scope.ServiceProvider.GetRequiredService<ProbeEvidenceWriter>().RecordManyAsync(probes, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Storing {Count} probe(s) failed", probes.Count);
            return false;
        }

        var job = scope.ServiceProvider.GetRequiredService<ProbeNodeJob>();
        for (var i = 0; i < probes.Count; i++)
        {
            try
            {
                await job.FollowUpAsync(probes[i].Node, recorded[i], ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Follow-up of node {NodeId}'s probe failed", probes[i].Node.Id);
            }
        }
        return true;
    }

    private static ProbeToRecord ToRecord(DicomNode node, ProbeResult result) => new(node, result.Observation, result.Describe());
}
