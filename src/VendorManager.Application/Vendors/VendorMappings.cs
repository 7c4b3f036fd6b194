namespace VendorManager.Vendors;

/// <summary>Hand-written mapping: explicit, greppable, and no reflection at run time.</summary>
internal static class VendorMappings
{
    public static VendorDto ToDto(this Vendor v) => new(
        v.Id, v.Name, v.Kinds, v.Website, v.Phone, v.Notes,
        new RemoteSupportDto(v.RemoteSupport.Method, v.RemoteSupport.Details, v.RemoteSupport.RequiresApprovalPerSession),
        v.Contacts.OrderBy(c => c.EscalationLevel ?? int.MaxValue).ThenBy(c => c.Name).Select(ToDto).ToList(),
        v.ConcurrencyStamp, v.CreatedAt, v.CreatedBy, v.ModifiedAt, v.ModifiedBy);

    public static VendorContactDto ToDto(this VendorContact c) => new(c.Id, c.Name, c.Role, c.Email, c.Phone, c.EscalationLevel);

    public static VendorListItemDto ToListItemDto(this Vendor v) => new(
        v.Id, v.Name, v.Kinds, v.Website, v.Phone, v.Contacts.Count,
        v.EscalationPath().FirstOrDefault()?.Name, v.CreatedAt, v.ModifiedAt);
}
