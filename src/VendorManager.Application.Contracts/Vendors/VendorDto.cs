namespace VendorManager.Vendors;

public sealed record VendorDto(
    Guid Id,
    string Name,
    VendorKind Kinds,
    string? Website,
    string? Phone,
    string? Notes,
    RemoteSupportDto RemoteSupport,
    IReadOnlyList<VendorContactDto> Contacts,
    string ConcurrencyStamp,
    DateTime CreatedAt,
    Guid? CreatedBy,
    DateTime? ModifiedAt,
    Guid? ModifiedBy);

public sealed record VendorListItemDto(
    Guid Id,
    string Name,
    VendorKind Kinds,
    string? Website,
    string? Phone,
    int ContactCount,
    string? FirstLineContact,
    DateTime CreatedAt,
    DateTime? ModifiedAt);

public sealed record VendorContactDto(Guid Id, string Name, string? Role, string? Email, string? Phone, int? EscalationLevel);

public sealed record RemoteSupportDto(RemoteSupportMethod Method, string? Details, bool RequiresApprovalPerSession);
