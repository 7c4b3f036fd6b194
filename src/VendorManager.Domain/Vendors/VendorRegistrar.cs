namespace VendorManager.Vendors;

/// <summary>
/// Creates and renames vendors: the only rules here are the ones that need the database
/// (a name unique among vendors that are not deleted, ignoring case).
/// </summary>
public sealed class VendorRegistrar(IVendorRepository vendors)
{
    public async Task<Vendor> CreateAsync(string name, VendorKind kinds, CancellationToken ct = default)
    {
        var vendor = new Vendor(Guid.CreateVersion7(), name, kinds);
        await EnsureNameIsFreeAsync(vendor.Name, exceptId: null, ct);
        return vendor;
    }

    /// <summary>Checks the new name before touching the vendor, so a refused rename leaves it as it was.</summary>
    public async Task RenameAsync(Vendor vendor, string newName, CancellationToken ct = default)
    {
        var probe = new Vendor(vendor.Id, newName, vendor.Kinds);
        await EnsureNameIsFreeAsync(probe.Name, exceptId: vendor.Id, ct);
        vendor.SetName(probe.Name);
    }

    private async Task EnsureNameIsFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var existing = await vendors.FindByNormalizedNameAsync(Vendor.NormalizeName(name), ct);
        if (existing is not null && existing.Id != exceptId)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.NameAlreadyExists,
                $"A vendor named '{existing.Name}' already exists.", nameof(Vendor.Name), BusinessErrorKind.Conflict);
    }
}
