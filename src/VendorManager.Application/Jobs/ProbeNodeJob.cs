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
        var nodeId = node.Id;
        // The job arguments went through JSON: whatever kind came back, the slot is a UTC instant.
        slot = UtcInstant.From(slot);
        using var held = gate.TryEnter(nodeId);
        if (held is null)
        {
            logger.LogDebug("Node {NodeId}: a probe is still running, slot {Slot:O} skipped", nodeId, slot);
            return ProbeJobOutcome.Busy;
        }

        // A job that waited longer than the interval (a backlog, a host that was down) would probe
        // out of rhythm and crowd the next slot; the next slot's job probes instead.
        var lateness = clock.GetUtcNow().UtcDateTime - slot;
        if (lateness > TimeSpan.FromSeconds(node.Probe.IntervalSeconds))
        {
            logger.LogWarning("Node {Node}: slot {Slot:O} started {Late:0.0} s late and was skipped", node.Name, slot, lateness.TotalSeconds);
            return ProbeJobOutcome.Stale;
        }

        if (!await evidence.TryClaimSlotAsync(nodeId, slot, ct))
            return ProbeJobOutcome.AlreadyDone;

        var result = await prober.ProbeAsync(node, ct);
        var recorded = await writer.RecordAsync(node, result.Observation, result.Describe(), ct);
        await NotifyAsync(node, recorded.VersionChange, ct);
        await NotifyAsync(node, await outOfBand.ProbeAsync(node, ct), ct);
        return ProbeJobOutcome.Probed;
    }

    private async Task NotifyAsync(DicomNode node, VersionChange? change, CancellationToken ct)
    {
        if (change is null) return;
        logger.LogWarning("Node {Node} changed version from {From} to {To} ({Source})", node.Name, change.From, change.To, change.Source);
        await notifier.NotifyAsync(change, ct);
    }
}
