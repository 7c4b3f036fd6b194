namespace VendorManager.Contracts;

/// <summary>A contract as a list shows it: its own columns and listing, without terms, nodes or SLA terms.</summary>
public sealed record ContractListRow(
    Guid Id,
    Guid VendorId,
    string Number,
    string? Title,
    ContractKind Kind,
    Guid OwnerId,
    string TimeZoneId,
    RenewalKind RenewalKind,
    decimal? Value,
    string? Currency,
    ContractListing Listing,
    DateTime CreatedAt,
    DateTime? ModifiedAt);
