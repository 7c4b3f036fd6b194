using VendorManager.Nodes;

namespace VendorManager.Domain.Tests.Nodes;

internal sealed class InMemoryNodeRepository : IDicomNodeRepository
{
    public List<DicomNode> Nodes { get; } = [];

    public Task<DicomNode> GetAsync(Guid id, CancellationToken ct = default)
        => Task.FromResult(Nodes.FirstOrDefault(n => n.Id == id) ?? throw new EntityNotFoundException(typeof(DicomNode), id));

    public Task<DicomNode?> FindAsync(Guid id, CancellationToken ct = default)
        => Task.FromResult(Nodes.FirstOrDefault(n => n.Id == id));

    public Task<IReadOnlyList<DicomNode>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => Task.FromResult<IReadOnlyList<DicomNode>>(Nodes.Where(n => ids.Contains(n.Id)).ToList());

    public Task<IReadOnlyList<ProbeTarget>> ListProbeTargetsAsync(CancellationToken ct = default)
        => Task.FromResult<IReadOnlyList<ProbeTarget>>(Nodes.Where(n => n.Enabled).Select(n => new ProbeTarget(n.Id, n.Probe.IntervalSeconds)).ToList());

    public Task<DicomNode?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default)
        => Task.FromResult(Nodes.FirstOrDefault(n => n.NormalizedName == normalizedName));

    public Task<DicomNode?> FindByEndpointAsync(NodeEndpoint endpoint, CancellationToken ct = default)
        => Task.FromResult(Nodes.FirstOrDefault(n => n.Endpoint == endpoint));

    public Task<(IReadOnlyList<DicomNode> Items, int TotalCount)> ListAsync(DicomNodeQuery query, CancellationToken ct = default)
        => Task.FromResult<(IReadOnlyList<DicomNode>, int)>((Nodes, Nodes.Count));

    public Task InsertAsync(DicomNode node, CancellationToken ct = default)
    {
        Nodes.Add(node);
        return Task.CompletedTask;
    }

    public void Delete(DicomNode node) => Nodes.Remove(node);
}
