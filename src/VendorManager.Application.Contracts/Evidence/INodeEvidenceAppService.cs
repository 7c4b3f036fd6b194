namespace VendorManager.Evidence;

/// <summary>Reads probe evidence: uptime, chain verification, the status board, history and versions.</summary>
public interface INodeEvidenceAppService
{
    /// <summary>Up, degraded, down and unknown seconds in [from, to) and the intervals behind them.</summary>
    Task<NodeUptimeDto> GetUptimeAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default);

    /// <summary>
    /// <see cref="GetUptimeAsync"/> for many nodes in one read, for fleet reports: one answer per distinct
    /// id, in the order given, each equal to what <see cref="GetUptimeAsync"/> answers for that node.
    /// </summary>
    Task<IReadOnlyList<NodeUptimeDto>> GetUptimeForNodesAsync(IReadOnlyCollection<Guid> nodeIds, DateTime from, DateTime to,
        CancellationToken ct = default);

    /// <summary>Checks the node's hash chain from its first row and names the first row that does not match.</summary>
    Task<ChainVerificationDto> VerifyAsync(Guid nodeId, CancellationToken ct = default);

    /// <summary>Every node not deleted, with its current state and the last 24 hours.</summary>
    Task<StatusBoardDto> GetStatusBoardAsync(CancellationToken ct = default);

    Task<NodeStatusDto> GetStatusAsync(Guid nodeId, CancellationToken ct = default);

    Task<NodeHistoryDto> GetHistoryAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default);

    Task<NodeVersionTimelineDto> GetVersionTimelineAsync(Guid nodeId, CancellationToken ct = default);

    /// <summary>Recent version changes of all nodes, newest first.</summary>
    Task<IReadOnlyList<VersionChangeDto>> ListVersionChangesAsync(int take, CancellationToken ct = default);
}
