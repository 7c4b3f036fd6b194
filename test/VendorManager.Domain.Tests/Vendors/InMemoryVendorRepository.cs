using VendorManager.Vendors;

namespace VendorManager.Domain.Tests.Vendors;

/// <summary>Just enough repository for the registrar's uniqueness rule.</summary>
internal sealed class InMemoryVendorRepository : IVendorRepository
{
    public List<Vendor> Vendors { get; } = [];

    public Task<Vendor> GetAsync(Guid id, CancellationToken ct = default)
        => Task.FromResult(Vendors.FirstOrDefault(v => v.Id == id) ?? throw new EntityNotFoundException(typeof(Vendor), id));

    public Task<Vendor?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default)
        => Task.FromResult(Vendors.FirstOrDefault(v => v.NormalizedName == normalizedName && !v.IsDeleted));

    public Task<(IReadOnlyList<Vendor> Items, int TotalCount)> ListAsync(VendorQuery query, CancellationToken ct = default)
        => Task.FromResult<(IReadOnlyList<Vendor>, int)>((Vendors, Vendors.Count));

    public Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => Task.FromResult<IReadOnlyDictionary<Guid, string>>(Vendors.Where(v => ids.Contains(v.Id)).ToDictionary(v => v.Id, v => v.Name));

    public Task InsertAsync(Vendor vendor, CancellationToken ct = default)
    {
        Vendors.Add(vendor);
        return Task.CompletedTask;
    }

    public void Delete(Vendor vendor) => Vendors.Remove(vendor);
}
