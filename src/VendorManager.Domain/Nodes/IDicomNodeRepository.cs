namespace VendorManager.Nodes;

public enum DicomNodeSortField { Name, AeTitle, Host, Role, Site }

public sealed record DicomNodeQuery(
    string? Search,
    NodeRole? Role,
    string? Site,
    Guid? VendorId,
    bool? Enabled,
    DicomNodeSortField SortBy,
    bool Descending,
    int Skip,
    int Take);

/// <summary>What the probe dispatcher needs of a node.</summary>
public sealed record ProbeTarget(Guid Id, int IntervalSeconds);

public interface IDicomNodeRepository
{
    Task<DicomNode> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>The node read only, or null when it does not exist or was deleted.</summary>
    Task<DicomNode?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The nodes among <paramref name="ids"/> that exist and are not deleted, read only.</summary>
    Task<IReadOnlyList<DicomNode>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>Every enabled node the poller should probe, with its interval only.</summary>
    Task<IReadOnlyList<ProbeTarget>> ListProbeTargetsAsync(CancellationToken ct = default);
    Task<DicomNode?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default);
    Task<DicomNode?> FindByEndpointAsync(NodeEndpoint endpoint, CancellationToken ct = default);
    Task<(IReadOnlyList<DicomNode> Items, int TotalCount)> ListAsync(DicomNodeQuery query, CancellationToken ct = default);
    Task InsertAsync(DicomNode node, CancellationToken ct = default);
    void Delete(DicomNode node);
}
