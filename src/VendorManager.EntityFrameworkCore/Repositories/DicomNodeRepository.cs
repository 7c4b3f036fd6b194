using Microsoft.EntityFrameworkCore;
using VendorManager.Nodes;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class DicomNodeRepository(VendorManagerDbContext db) : IDicomNodeRepository
{
    public async Task<DicomNode> GetAsync(Guid id, CancellationToken ct = default)
        => await db.DicomNodes.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new EntityNotFoundException(typeof(DicomNode), id);

    public Task<DicomNode?> FindAsync(Guid id, CancellationToken ct = default)
        => db.DicomNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct);

    public async Task<IReadOnlyList<DicomNode>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => await db.DicomNodes.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<ProbeTarget>> ListProbeTargetsAsync(CancellationToken ct = default)
        => await db.DicomNodes.AsNoTracking().Where(n => n.Enabled).OrderBy(n => n.Id)
            .Select(n => new ProbeTarget(n.Id, n.Probe.IntervalSeconds)).ToListAsync(ct);

    public Task<DicomNode?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default)
        => db.DicomNodes.AsNoTracking().FirstOrDefaultAsync(n => n.NormalizedName == normalizedName, ct);

    public Task<DicomNode?> FindByEndpointAsync(NodeEndpoint endpoint, CancellationToken ct = default)
        => db.DicomNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Host == endpoint.Host && n.Port == endpoint.Port && n.AeTitle == endpoint.AeTitle, ct);

    public async Task<(IReadOnlyList<DicomNode> Items, int TotalCount)> ListAsync(DicomNodeQuery query, CancellationToken ct = default)
    {
        var nodes = db.DicomNodes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var upper = query.Search.Trim().ToUpperInvariant();
            var lower = query.Search.Trim().ToLowerInvariant();
            nodes = nodes.Where(n => n.NormalizedName.Contains(upper) || n.AeTitle.ToUpper().Contains(upper) || n.Host.Contains(lower));
        }
        if (query.Role is { } role) nodes = nodes.Where(n => n.Role == role);
        if (!string.IsNullOrWhiteSpace(query.Site)) nodes = nodes.Where(n => n.Site == query.Site);
        if (query.VendorId is { } vendorId) nodes = nodes.Where(n => n.VendorId == vendorId);
        if (query.Enabled is { } enabled) nodes = nodes.Where(n => n.Enabled == enabled);

        var total = await nodes.CountAsync(ct);
        var sorted = (query.SortBy, query.Descending) switch
        {
            (DicomNodeSortField.AeTitle, false) => nodes.OrderBy(n => n.AeTitle),
            (DicomNodeSortField.AeTitle, true) => nodes.OrderByDescending(n => n.AeTitle),
            (DicomNodeSortField.Host, false) => nodes.OrderBy(n => n.Host).ThenBy(n => n.Port),
            (DicomNodeSortField.Host, true) => nodes.OrderByDescending(n => n.Host).ThenByDescending(n => n.Port),
            (DicomNodeSortField.Role, false) => nodes.OrderBy(n => n.Role).ThenBy(n => n.NormalizedName),
            (DicomNodeSortField.Role, true) => nodes.OrderByDescending(n => n.Role).ThenBy(n => n.NormalizedName),
            (DicomNodeSortField.Site, false) => nodes.OrderBy(n => n.Site).ThenBy(n => n.NormalizedName),
            (DicomNodeSortField.Site, true) => nodes.OrderByDescending(n => n.Site).ThenBy(n => n.NormalizedName),
            (_, true) => nodes.OrderByDescending(n => n.NormalizedName),
            _ => nodes.OrderBy(n => n.NormalizedName),
        };
        return (await sorted.ThenBy(n => n.Id).Skip(query.Skip).Take(query.Take).ToListAsync(ct), total);
    }

    public async Task InsertAsync(DicomNode node, CancellationToken ct = default) => await db.DicomNodes.AddAsync(node, ct);

    public void Delete(DicomNode node) => db.DicomNodes.Remove(node);
}
