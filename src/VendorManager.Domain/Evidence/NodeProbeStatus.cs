using VendorManager.Entities;

namespace VendorManager.Evidence;

/// <summary>
/// A node's latest probe, one row per node: what the status page shows without reading evidence,
/// and the claim that makes each scheduled probe slot run once however many app instances see it.
/// Not evidence itself (the state intervals are); it is overwritten by every probe.
/// </summary>
public class NodeProbeStatus : Entity<Guid>
{
    /// <summary>Same as <see cref="Entity{TKey}.Id"/>: one status per node.</summary>
    public Guid NodeId => Id;
    /// <summary>The newest slot a probe claimed; a slot at or before it is never probed again.</summary>
    public DateTime? LastSlot { get; private set; }
    public DateTime? LastProbeAt { get; private set; }
    public ProbeState? LastState { get; private set; }
    public ProbeReason? LastReason { get; private set; }
    public string? LastReasonText { get; private set; }
    public double? LastLatencyMs { get; private set; }
    /// <summary>The version the last accepted association reported (kept when a later probe fails).</summary>
    public string? LastImplementationClassUid { get; private set; }
    public string? LastImplementationVersionName { get; private set; }
    /// <summary>
    /// Counts the evidence writes for this node. Every write bumps it and the save checks it (a
    /// concurrency token), so a writer working from an older copy of the node's evidence, such as a
    /// cache another instance has since overtaken, fails instead of overwriting.
    /// </summary>
    public long Revision { get; private set; }

    private NodeProbeStatus() { }

    private NodeProbeStatus(Guid nodeId) : base(nodeId) { }

    /// <summary>A node's status before any slot was claimed (probes recorded outside the scheduler).</summary>
    public static NodeProbeStatus For(Guid nodeId)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "A probe status must name its node.", nameof(NodeId));
        return new NodeProbeStatus(nodeId);
    }

    public static NodeProbeStatus ClaimedFor(Guid nodeId, DateTime slot)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "A probe status must name its node.", nameof(NodeId));
        return new NodeProbeStatus(nodeId) { LastSlot = EvidenceInstant.RequireUtc(slot, nameof(LastSlot)) };
    }

    /// <summary>Takes the observation as the latest, unless a newer one is already recorded (a late result).</summary>
    public void Observe(ProbeObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.NodeId != NodeId)
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "The observation is for another node than the status.", nameof(NodeId));
        Revision++;
        if (LastProbeAt is { } last && observation.At < last) return;
        LastProbeAt = observation.At;
        LastState = observation.State;
        LastReason = observation.Reason;
        LastReasonText = observation.ReasonText;
        LastLatencyMs = observation.LatencyMs;
        if (observation.ImplementationClassUid is not null || observation.ImplementationVersionName is not null)
        {
            LastImplementationClassUid = observation.ImplementationClassUid;
            LastImplementationVersionName = observation.ImplementationVersionName;
        }
    }
}
