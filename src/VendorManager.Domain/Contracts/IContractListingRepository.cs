namespace VendorManager.Contracts;

/// <summary>
/// The read side of contracts: lists from the stored <see cref="ContractListing"/>, and the upkeep
/// of that copy (finding rows whose listing expired or whose tacit renewals are due).
/// </summary>
public interface IContractListingRepository
{
    Task<(IReadOnlyList<ContractListRow> Items, int TotalCount)> ListAsync(ContractQuery query, CancellationToken ct = default);

    /// <summary>The zones of contracts not deleted, each once.</summary>
    Task<IReadOnlyList<string>> ListTimeZoneIdsAsync(CancellationToken ct = default);

    /// <summary>Contracts whose listing stopped being valid at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Guid>> ListStaleIdsAsync(DateTime now, CancellationToken ct = default);

    /// <summary>
    /// Automatically renewing contracts whose last stored term ended on or before the limit of
    /// their zone, and that a termination does not stop from renewing: they have renewals to record.
    /// </summary>
    Task<IReadOnlyList<Guid>> ListRollOverDueIdsAsync(IReadOnlyList<ZoneDayLimit> lastTermEndedBy, CancellationToken ct = default);

    /// <summary>Contracts with their terms, not tracked: enough to recompute listings, never to save.</summary>
    Task<IReadOnlyList<Contract>> ReadForListingAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>
    /// Writes listings straight to their rows in one transaction, where the contract's stamp is
    /// still the one each was computed from: a listing is a cache, not an edit, so it neither renews
    /// the stamp nor writes history, and a contract saved meanwhile keeps its own fresher copy.
    /// Returns how many rows were written.
    /// </summary>
    Task<int> SaveListingsAsync(IReadOnlyList<ContractListingUpdate> updates, CancellationToken ct = default);
}
