using Microsoft.Extensions.Logging;

namespace VendorManager.Contracts;

/// <summary>
/// Recomputes stored listings whose validity has passed (see <see cref="ContractListing"/>). Lists
/// call it before they filter, so a filter on status or deadline is exact; normally it finds
/// nothing and costs one indexed query. Listings are written without touching the contract's
/// stamp or history: a day passing is not an edit.
/// </summary>
public sealed class ContractListingRefresher(IContractListingRepository listings, TimeProvider clock, ILogger<ContractListingRefresher> logger)
{
    /// <summary>Contracts read and written per round trip when many expire at once (a new year, a long downtime).</summary>
    private const int BatchSize = 250;

    /// <summary>Returns how many listings were rewritten.</summary>
    public async Task<int> RefreshStaleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = await listings.ListStaleIdsAsync(now, ct);
        if (stale.Count == 0) return 0;

        var written = 0;
        foreach (var batch in stale.Chunk(BatchSize))
        {
            var contracts = await listings.ReadForListingAsync(batch, ct);
            var updates = contracts
                .Select(c => new ContractListingUpdate(c.Id, c.ConcurrencyStamp, ContractListing.Of(c.Schedule(), now)))
                .ToList();
            written += await listings.SaveListingsAsync(updates, ct);
        }
        logger.LogInformation("Refreshed {Written} of {Stale} contract listings whose status could have changed", written, stale.Count);
        return written;
    }
}
