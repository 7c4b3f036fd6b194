using Microsoft.Extensions.Logging;
using VendorManager.Common;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Probing;
using VendorManager.Versions;

namespace VendorManager.Jobs;

/// <summary>
/// One node's probe for one slot, run by <see cref="ProbeBatchJob"/>: probes and stores the evidence.
/// Runs at most once per (node, slot) across every app instance: the slot claim in the database makes
/// a duplicate or retried job a no-op, and <see cref="NodeProbeGate"/> keeps two probes of one node
/// from overlapping in this instance.
/// </summary>
public sealed class ProbeNodeJob(
    IDicomNodeRepository nodes,
    IEvidenceRepository evidence,
    NodeProbeGate gate,
    NodeProber prober,
    OutOfBandVersionProbe outOfBand,
    ProbeEvidenceWriter writer,
    IVersionChangeNotifier notifier,
    TimeProvider clock,
    ILogger<ProbeNodeJob> logger)
{
    public async Task<ProbeJobOutcome> RunAsync(Guid nodeId, DateTime slot, CancellationToken ct = default)
        => await nodes.FindAsync(nodeId, ct) is { } node ? await RunAsync(node, slot, ct) : ProbeJobOutcome.NodeGone;

    /// <param name="node">The node as read (untracked) when its batch started.</param>
    public async Task<ProbeJobOutcome> RunAsync(DicomNode node, DateTime slot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!node.Enabled)
            return ProbeJobOutcome.NodeGone;
        // The job arguments went through JSON: whatever kind came back, the slot is a UTC instant.
        slot = UtcInstant.From(slot);
        using var held = EnterOrLog(node, slot);
        if (held is null) return ProbeJobOutcome.Busy;
        if (IsStale(node, slot)) return ProbeJobOutcome.Stale;
        if (!await evidence.TryClaimSlotAsync(node.Id, slot, ct))
            return ProbeJobOutcome.AlreadyDone;

        var result = await prober.ProbeAsync(node, ct);
        var recorded = await writer.RecordAsync(node, result.Observation, result.Describe(), ct);
        await FollowUpAsync(node, recorded, ct);
        return ProbeJobOutcome.Probed;
    }

    /// <summary>
    /// Probes a slot this instance has claimed, unless the node is still being probed here or the slot is
    /// more than an interval past; stores nothing. Touches no database, so one job may serve a whole
    /// group of probes at once.
    /// </summary>
    public async Task<(ProbeJobOutcome Outcome, ProbeResult? Result)> ProbeClaimedAsync(DicomNode node, DateTime slot, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var held = EnterOrLog(node, slot);
        if (held is null)
            return (ProbeJobOutcome.Busy, null);
        if (IsStale(node, slot))
            return (ProbeJobOutcome.Stale, null);
        return (ProbeJobOutcome.Probed, await prober.ProbeAsync(node, ct));
    }

    /// <summary>What follows a stored probe: the administrators hear of a version change, and the out-of-band version source is read.</summary>
    public async Task FollowUpAsync(DicomNode node, RecordedProbe recorded, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        await NotifyAsync(node, recorded.VersionChange, ct);
        await NotifyAsync(node, await outOfBand.ProbeAsync(node, ct), ct);
    }

    private IDisposable? EnterOrLog(DicomNode node, DateTime slot)
    {
        var held = gate.TryEnter(node.Id);
        if (held is null) logger.LogDebug("Node {NodeId}: a probe is still running, slot {Slot:O} skipped", node.Id, slot);
        return held;
    }

    /// <summary>
    /// A slot reached more than an interval late (a backlog, a host that was down) would probe out of
    /// rhythm and crowd the next slot; the next slot's probe goes instead.
    /// </summary>
    private bool IsStale(DicomNode node, DateTime slot)
    {
        var lateness = clock.GetUtcNow().UtcDateTime - slot;
        if (lateness <= TimeSpan.FromSeconds(node.Probe.IntervalSeconds)) return false;
        logger.LogWarning("Node {Node}: slot {Slot:O} started {Late:0.0} s late and was skipped", node.Name, slot, lateness.TotalSeconds);
        return true;
    }

    private async Task NotifyAsync(DicomNode node, VersionChange? change, CancellationToken ct)
    {
        if (change is null) return;
        logger.LogWarning("Node {Node} changed version from {From} to {To} ({Source})", node.Name, change.From, change.To, change.Source);
        await notifier.NotifyAsync(change, ct);
    }
}
