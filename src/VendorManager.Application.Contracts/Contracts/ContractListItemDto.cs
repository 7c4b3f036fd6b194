namespace VendorManager.Contracts;

/// <summary>
/// A row of the contract list. Status, next notice deadline and end come from the listing kept on
/// the contract (exact: it is refreshed before the list whenever its validity passed).
/// </summary>
public sealed record ContractListItemDto(
    Guid Id,
    Guid VendorId,
    string? VendorName,
    string Number,
    string? Title,
    ContractKind Kind,
    Guid OwnerId,
    string? OwnerUserName,
    ContractStatus Status,
    DateOnly? NextNoticeDeadline,
    DateOnly? EndsOn,
    string TimeZoneId,
    RenewalKind RenewalKind,
    decimal? Value,
    string? Currency,
    DateTime CreatedAt,
    DateTime? ModifiedAt);
