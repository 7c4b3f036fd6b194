namespace VendorManager.Contracts;

/// <summary>A recomputed listing and the concurrency stamp of the contract it was computed from.</summary>
public sealed record ContractListingUpdate(Guid ContractId, string ConcurrencyStamp, ContractListing Listing);
