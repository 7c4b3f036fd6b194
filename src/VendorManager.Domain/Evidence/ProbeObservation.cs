namespace VendorManager.Evidence;

/// <summary>
/// One probe's outcome, as the poller hands it to the domain. Validated on construction; the
/// properties have no init accessors, so a <c>with</c> expression cannot slip past the checks.
/// </summary>
public sealed record ProbeObservation
{
    public Guid NodeId { get; }
    /// <summary>When the probe started (UTC), truncated to whole microseconds so it survives a PostgreSQL round trip.</summary>
    public DateTime At { get; }
    /// <summary>Up, Degraded or Down: Unknown is what the domain records when there is no observation.</summary>
    public ProbeState State { get; }
    public ProbeReason Reason { get; }
    public string? ReasonText { get; }
    public double? LatencyMs { get; }
    public string? ImplementationClassUid { get; }
    public string? ImplementationVersionName { get; }

    public ProbeObservation(
        Guid nodeId,
        DateTime at,
        ProbeState state,
        ProbeReason reason,
        string? reasonText = null,
        double? latencyMs = null,
        string? implementationClassUid = null,
        string? implementationVersionName = null)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "An observation must name its node.", nameof(NodeId));
        if (state is not (ProbeState.Up or ProbeState.Degraded or ProbeState.Down))
            throw new BusinessException(EvidenceErrorCodes.StateInvalid, "A probe is Up, Degraded or Down; Unknown means there was no probe.", nameof(State));
        // MonitoringGap belongs to intervals the domain synthesises; a probe claiming it would blur the two.
        if (!Enum.IsDefined(reason) || reason == ProbeReason.MonitoringGap)
            throw new BusinessException(EvidenceErrorCodes.ReasonInvalid, $"'{reason}' is not a reason a probe can report.", nameof(Reason));
        if (latencyMs is { } ms && (!double.IsFinite(ms) || ms < 0))
            throw new BusinessException(EvidenceErrorCodes.LatencyInvalid, "Latency must be a finite number of milliseconds, zero or more.", nameof(LatencyMs));

        NodeId = nodeId;
        At = EvidenceInstant.ToMicroseconds(EvidenceInstant.RequireUtc(at, nameof(At)));
        State = state;
        Reason = reason;
        ReasonText = Check.Optional(reasonText, EvidenceConsts.MaxReasonTextLength, nameof(ReasonText),
            EvidenceErrorCodes.ReasonTextTooLong, "Reason text");
        LatencyMs = latencyMs;
        ImplementationClassUid = Check.Optional(implementationClassUid, EvidenceConsts.MaxImplementationClassUidLength,
            nameof(ImplementationClassUid), EvidenceErrorCodes.ImplementationFieldTooLong, "Implementation class UID");
        ImplementationVersionName = Check.Optional(implementationVersionName, EvidenceConsts.MaxImplementationVersionNameLength,
            nameof(ImplementationVersionName), EvidenceErrorCodes.ImplementationFieldTooLong, "Implementation version name");
    }
}
