using Microsoft.EntityFrameworkCore;
using VendorManager.Versions;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class VersionEvidenceRepository(VendorManagerDbContext db) : IVersionEvidenceRepository
{
    public async Task<IReadOnlyList<VersionObservation>> GetObservationsAsync(Guid nodeId, VersionSource source, CancellationToken ct = default)
        => await db.VersionObservations.Where(o => o.NodeId == nodeId && o.Source == source).ToListAsync(ct);

    public async Task<IReadOnlyList<VersionObservation>> ListObservationsAsync(Guid nodeId, CancellationToken ct = default)
        => await db.VersionObservations.AsNoTracking().Where(o => o.NodeId == nodeId).OrderBy(o => o.FirstSeen).ToListAsync(ct);

    public async Task<IReadOnlyList<VersionChange>> ListChangesAsync(Guid? nodeId, int take, CancellationToken ct = default)
    {
        var changes = db.VersionChanges.AsNoTracking();
        if (nodeId is { } id) changes = changes.Where(c => c.NodeId == id);
        return await changes.OrderByDescending(c => c.DetectedAt).Take(take).ToListAsync(ct);
    }

    public Task<VersionChange?> FindChangeAsync(Guid id, CancellationToken ct = default)
        => db.VersionChanges.FirstOrDefaultAsync(c => c.Id == id, ct);

    public void Resume(IEnumerable<VersionObservation> observations) => db.VersionObservations.AttachRange(observations);

    public void AddObservation(VersionObservation observation) => db.VersionObservations.Add(observation);

    public void AddChange(VersionChange change) => db.VersionChanges.Add(change);
}
