using Microsoft.EntityFrameworkCore;
using VendorManager.Auditing;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class EntityChangeRepository(VendorManagerDbContext db) : IEntityChangeRepository
{
    public async Task<IReadOnlyList<EntityChange>> ListForRootAsync(string rootType, string rootId, int take, CancellationToken ct = default)
        => await db.EntityChanges.AsNoTracking()
            .Where(c => c.RootType == rootType && c.RootId == rootId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Take(take)
            .Include(c => c.PropertyChanges)
            .AsSplitQuery()
            .ToListAsync(ct);
}
