using Microsoft.EntityFrameworkCore;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class VendorRepository(VendorManagerDbContext db) : IVendorRepository
{
    public async Task<Vendor> GetAsync(Guid id, CancellationToken ct = default)
        => await db.Vendors.Include(v => v.Contacts).FirstOrDefaultAsync(v => v.Id == id, ct)
           ?? throw new EntityNotFoundException(typeof(Vendor), id);

    public Task<Vendor?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default)
        => db.Vendors.AsNoTracking().FirstOrDefaultAsync(v => v.NormalizedName == normalizedName, ct);

    public async Task<(IReadOnlyList<Vendor> Items, int TotalCount)> ListAsync(VendorQuery query, CancellationToken ct = default)
    {
        var vendors = db.Vendors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var upper = term.ToUpperInvariant();
            // NormalizedName keeps the name search case-insensitive on both providers and uses its index for prefixes.
            vendors = vendors.Where(v => v.NormalizedName.Contains(upper)
                                         || v.Contacts.Any(c => c.Name.ToUpper().Contains(upper) || (c.Email != null && c.Email.ToUpper().Contains(upper))));
        }
        if (query.Kind is { } kind and not VendorKind.None)
            vendors = vendors.Where(v => (v.Kinds & kind) != 0);

        var total = await vendors.CountAsync(ct);
        var sorted = (query.SortBy, query.Descending) switch
        {
            (VendorSortField.Kinds, false) => vendors.OrderBy(v => v.Kinds).ThenBy(v => v.NormalizedName),
            (VendorSortField.Kinds, true) => vendors.OrderByDescending(v => v.Kinds).ThenBy(v => v.NormalizedName),
            (VendorSortField.CreatedAt, false) => vendors.OrderBy(v => v.CreatedAt),
            (VendorSortField.CreatedAt, true) => vendors.OrderByDescending(v => v.CreatedAt),
            (VendorSortField.ModifiedAt, false) => vendors.OrderBy(v => v.ModifiedAt ?? v.CreatedAt),
            (VendorSortField.ModifiedAt, true) => vendors.OrderByDescending(v => v.ModifiedAt ?? v.CreatedAt),
            (_, true) => vendors.OrderByDescending(v => v.NormalizedName),
            _ => vendors.OrderBy(v => v.NormalizedName),
        };
        var items = await sorted.ThenBy(v => v.Id).Skip(query.Skip).Take(query.Take)
            .Include(v => v.Contacts).AsSplitQuery().ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Vendors.IgnoreQueryFilters().AsNoTracking().Where(v => ids.Contains(v.Id))
                .ToDictionaryAsync(v => v.Id, v => v.IsDeleted ? v.Name + " (deleted)" : v.Name, ct);

    public async Task InsertAsync(Vendor vendor, CancellationToken ct = default) => await db.Vendors.AddAsync(vendor, ct);

    public void Delete(Vendor vendor) => db.Vendors.Remove(vendor);
}
