namespace VendorManager.Evidence;

/// <summary>
/// Turns one probe observation into changes to a node's state intervals. Pure: the caller loads
/// the node's open interval and chain tip, calls <see cref="Record"/>, and persists the result.
/// </summary>
public static class NodeEvidenceRecorder
{
    /// <param name="open">The node's open (last, unsealed) interval, or null before its first probe.</param>
    /// <param name="lastSealedHash">Hash of the node's last sealed row; <see cref="EvidenceConsts.GenesisHash"/> when none.</param>
    /// <param name="lastSequence">Sequence of the node's last sealed row; 0 when none. The open row, if any, is lastSequence + 1.</param>
    /// <param name="probeIntervalSeconds">The node's probe interval; silence longer than twice this is a monitoring gap.</param>
    public static EvidenceChange Record(StateInterval? open, string lastSealedHash, long lastSequence, int probeIntervalSeconds,
        ProbeObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (probeIntervalSeconds < 1)
            throw new BusinessException(EvidenceErrorCodes.ProbeIntervalOutOfRange, "The probe interval must be at least one second.",
                nameof(probeIntervalSeconds));
        if (lastSequence < 0)
            throw new BusinessException(EvidenceErrorCodes.SequenceInvalid, "The last sequence cannot be negative.", nameof(lastSequence));
        var tipHash = EvidenceHash.Normalize(lastSealedHash, nameof(lastSealedHash));
        if (lastSequence == 0 && tipHash != EvidenceConsts.GenesisHash)
            throw new BusinessException(EvidenceErrorCodes.ChainTipMismatch, "A node with no sealed rows chains from the genesis hash.",
                nameof(lastSealedHash), BusinessErrorKind.Conflict);

        if (open is null)
            return EvidenceChange.Opened(StateInterval.OpenWith(observation, lastSequence + 1, tipHash), tipHash, lastSequence);

        EnsureFollowsTip(open, tipHash, lastSequence, observation);

        // Late results (a slow probe finishing after a newer one was stored) must not rewrite history.
        if (observation.At < open.To)
            return EvidenceChange.Ignored(open, tipHash, lastSequence);

        var silence = observation.At - open.To;
        if (silence.Ticks > EvidenceConsts.MonitoringGapAfterIntervals * (long)probeIntervalSeconds * TimeSpan.TicksPerSecond)
        {
            // Nobody watched: the open state is only known up to its last probe, so it is sealed there
            // and the silence becomes Unknown instead of being credited to Up or charged as Down.
            open.Seal();
            var gap = StateInterval.SealedGap(open.NodeId, open.Sequence + 1, open.Hash!, open.To, observation.At);
            var afterGap = StateInterval.OpenWith(observation, gap.Sequence + 1, gap.Hash!);
            return EvidenceChange.AfterGap(open, gap, afterGap);
        }

        if (observation.State == open.State)
        {
            open.Extend(observation.At);
            return EvidenceChange.Extended(open, tipHash, lastSequence);
        }

        open.SealAt(observation.At);
        return EvidenceChange.Changed(open, StateInterval.OpenWith(observation, open.Sequence + 1, open.Hash!));
    }

    private static void EnsureFollowsTip(StateInterval open, string tipHash, long lastSequence, ProbeObservation observation)
    {
        if (open.IsSealed)
            throw new BusinessException(EvidenceErrorCodes.IntervalSealed, $"Evidence row {open.Sequence} is sealed, not open.",
                nameof(open), BusinessErrorKind.Rule);
        if (open.NodeId != observation.NodeId)
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "The observation is for another node than the open interval.",
                nameof(observation.NodeId));
        // A mismatch means two writers raced or the caller read a stale tip; appending would fork the chain.
        if (open.Sequence != lastSequence + 1 || open.PreviousHash != tipHash)
            throw new BusinessException(EvidenceErrorCodes.ChainTipMismatch,
                $"The open row {open.Sequence} does not follow the last sealed row {lastSequence}.", nameof(open), BusinessErrorKind.Conflict);
    }
}
