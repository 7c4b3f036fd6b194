namespace VendorManager.Vendors;

public enum VendorSortField { Name, Kinds, CreatedAt, ModifiedAt }

public sealed record VendorQuery(
    string? Search,
    VendorKind? Kind,
    VendorSortField SortBy,
    bool Descending,
    int Skip,
    int Take);

public interface IVendorRepository
{
    /// <summary>The vendor with its contacts, tracked for change; throws <see cref="EntityNotFoundException"/>.</summary>
    Task<Vendor> GetAsync(Guid id, CancellationToken ct = default);
    Task<Vendor?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default);
    Task<(IReadOnlyList<Vendor> Items, int TotalCount)> ListAsync(VendorQuery query, CancellationToken ct = default);
    /// <summary>Names by id for display, deleted vendors included (marked), in one query.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task InsertAsync(Vendor vendor, CancellationToken ct = default);
    void Delete(Vendor vendor);
}
