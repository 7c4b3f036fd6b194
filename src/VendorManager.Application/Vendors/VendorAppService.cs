using VendorManager.Auditing;
using VendorManager.Common;

namespace VendorManager.Vendors;

public sealed class VendorAppService(
    IVendorRepository vendors,
    VendorRegistrar registrar,
    VendorRemovalRule removal,
    IEntityChangeRepository history,
    IUnitOfWork unitOfWork) : IVendorAppService
{
    private const int HistoryLimit = 500;

    public async Task<PagedResultDto<VendorListItemDto>> GetListAsync(GetVendorListInput input, CancellationToken ct = default)
    {
        var (sortBy, descending) = Sorting.Parse(input.Sorting, VendorSortField.Name);
        var take = Math.Clamp(input.MaxResultCount, 1, PagedAndSortedInput.MaxPageSize);
        var (items, total) = await vendors.ListAsync(
            new VendorQuery(input.Filter, input.Kind, sortBy, descending, Math.Max(0, input.SkipCount), take), ct);
        return new PagedResultDto<VendorListItemDto>(items.Select(v => v.ToListItemDto()).ToList(), total);
    }

    public async Task<VendorDto> GetAsync(Guid id, CancellationToken ct = default)
        => (await vendors.GetAsync(id, ct)).ToDto();

    public async Task<VendorDto> CreateAsync(CreateVendorInput input, CancellationToken ct = default)
    {
        var vendor = await registrar.CreateAsync(input.Name, input.Kinds, ct);
        Apply(vendor, input);
        await vendors.InsertAsync(vendor, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return vendor.ToDto();
    }

    public async Task<VendorDto> UpdateAsync(Guid id, UpdateVendorInput input, CancellationToken ct = default)
    {
        var vendor = await vendors.GetAsync(id, ct);
        // The stamp the editor read; the unit of work refuses the save when it is stale.
        vendor.ConcurrencyStamp = input.ConcurrencyStamp;
        await registrar.RenameAsync(vendor, input.Name, ct);
        vendor.ChangeKinds(input.Kinds);
        Apply(vendor, input);
        await unitOfWork.SaveChangesAsync(ct);
        return vendor.ToDto();
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var vendor = await vendors.GetAsync(id, ct);
        await removal.EnsureCanDeleteAsync(vendor, ct);
        vendors.Delete(vendor);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<EntityChangeDto>> GetHistoryAsync(Guid id, CancellationToken ct = default)
    {
        await vendors.GetAsync(id, ct);
        var changes = await history.ListForRootAsync(nameof(Vendor), id.ToString(), HistoryLimit, ct);
        return changes.Select(c => c.ToDto()).ToList();
    }

    private static void Apply(Vendor vendor, VendorEditInput input)
    {
        vendor.UpdateDetails(input.Website, input.Phone, input.Notes);
        vendor.ArrangeRemoteSupport(RemoteSupport.Create(input.RemoteSupport.Method, input.RemoteSupport.Details,
            input.RemoteSupport.RequiresApprovalPerSession));
        SyncContacts(vendor, input.Contacts);
    }

    /// <summary>Contacts in the input replace the vendor's: kept by id, added when new, removed when absent.</summary>
    private static void SyncContacts(Vendor vendor, IReadOnlyList<VendorContactInput> contacts)
    {
        var keep = contacts.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        foreach (var gone in vendor.Contacts.Where(c => !keep.Contains(c.Id)).Select(c => c.Id).ToList())
            vendor.RemoveContact(gone);
        for (var i = 0; i < contacts.Count; i++)
        {
            var input = contacts[i];
            try
            {
                var details = new ContactDetails(input.Name, input.Role, input.Email, input.Phone, input.EscalationLevel);
                if (input.Id is { } existing) vendor.UpdateContact(existing, details);
                else vendor.AddContact(Guid.CreateVersion7(), details);
            }
            catch (BusinessException ex)
            {
                // Point at the row the person typed, e.g. Contacts[1].Email.
                var field = ex.Field is null or nameof(Vendor.Contacts) ? $"Contacts[{i}]" : $"Contacts[{i}].{ex.Field}";
                throw new BusinessException(ex.Code, ex.Message, field, ex.Kind);
            }
        }
    }
}
