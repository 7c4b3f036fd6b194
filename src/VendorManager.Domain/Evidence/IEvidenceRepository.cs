namespace VendorManager.Evidence;

/// <summary>
/// Probe evidence storage. Writes go through the unit of work; the claim and the prune are
/// single statements of their own, because they must be atomic across app instances.
/// </summary>
public interface IEvidenceRepository
{
    /// <summary>
    /// Claims a scheduled probe slot for a node: true for exactly one caller per (node, slot), and
    /// false for a slot at or before one already claimed, whichever instance asks.
    /// </summary>
    Task<bool> TryClaimSlotAsync(Guid nodeId, DateTime slot, CancellationToken ct = default);

    /// <summary>
    /// Claims, for each node, all its slots in [First, Last] at once: true for a node only when none of
    /// those slots (nor a later one) was claimed before, whichever instance asks. Returns the nodes claimed.
    /// </summary>
    Task<IReadOnlySet<Guid>> TryClaimSlotRangesAsync(IReadOnlyCollection<SlotRange> ranges, CancellationToken ct = default);

    /// <summary>The dispatcher's cursor, tracked; created (and added) on first use.</summary>
    Task<ProbeDispatchCursor> GetDispatchCursorAsync(CancellationToken ct = default);

    Task<NodeEvidenceTip> GetTipAsync(Guid nodeId, CancellationToken ct = default);
    Task<NodeProbeStatus?> FindStatusAsync(Guid nodeId, CancellationToken ct = default);
    /// <summary>The node's rollup row of the UTC day starting at <paramref name="day"/>, tracked.</summary>
    Task<DailyRollup?> FindDailyRollupAsync(Guid nodeId, DateTime day, CancellationToken ct = default);
    Task<RawSampleBlock?> FindRawBlockAsync(Guid nodeId, DateTime hourStart, CancellationToken ct = default);

    /// <summary>
    /// Tracks, as unchanged, rows that an earlier unit of work in this process read or saved, so a probe can
    /// update them without reading them again. A copy that is no longer current fails the save on
    /// <see cref="NodeProbeStatus.Revision"/>; it never overwrites newer evidence.
    /// </summary>
    void Resume(NodeEvidenceTip tip, DailyRollup? rollup, RawSampleBlock? block, NodeProbeStatus? status);

    void AddIntervals(IEnumerable<StateInterval> intervals);
    void AddDailyRollup(DailyRollup rollup);
    void AddRawBlock(RawSampleBlock block);
    void AddStatus(NodeProbeStatus status);

    /// <summary>Intervals that overlap [from, to), read only.</summary>
    Task<IReadOnlyList<StateInterval>> GetIntervalsAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default);

    /// <summary>The spans (intervals without their hashes) of several nodes that overlap [from, to), by node, in sequence order.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<StateSpan>>> GetSpansForNodesAsync(IReadOnlyCollection<Guid> nodeIds, DateTime from,
        DateTime to, CancellationToken ct = default);

    /// <summary>Every row of the node's chain in sequence order, streamed so a long chain never sits in memory at once.</summary>
    IAsyncEnumerable<StateInterval> StreamChainAsync(Guid nodeId, CancellationToken ct = default);

    /// <summary>
    /// Hour or day rollups whose bucket starts in [from, to), in order, read only. Both come out of the
    /// daily rows, so an hour costs no row of its own.
    /// </summary>
    Task<IReadOnlyList<ProbeRollup>> GetRollupsAsync(Guid nodeId, RollupGranularity granularity, DateTime from, DateTime to, CancellationToken ct = default);
    Task<IReadOnlyList<RawSampleBlock>> GetRawBlocksAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default);

    /// <summary>Statuses and open intervals of the given nodes, for the status board.</summary>
    Task<IReadOnlyList<NodeProbeStatus>> GetStatusesAsync(IReadOnlyCollection<Guid> nodeIds, CancellationToken ct = default);
    Task<IReadOnlyList<StateInterval>> GetOpenIntervalsAsync(IReadOnlyCollection<Guid> nodeIds, CancellationToken ct = default);

    /// <summary>Deletes raw sample blocks of hours that ended before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteRawBlocksBeforeAsync(DateTime cutoff, CancellationToken ct = default);
}
