using Microsoft.Extensions.Logging;

namespace VendorManager.Contracts;

/// <summary>What one run of <see cref="ContractScheduleRefresher"/> did.</summary>
public sealed record ContractScheduleRefreshResult(int ContractsRolledOver, int TermsRecorded, int Failed, int ListingsRefreshed);

/// <summary>
/// Upkeep for a recurring job (hourly is plenty; a run is idempotent): records the tacit renewals
/// that started since the last run as terms of their own, so the history shows them, then
/// refreshes listings whose validity passed. Dates and statuses are right without it (the date
/// engine works renewals out on the fly); it keeps the stored history and lists current.
/// </summary>
public sealed class ContractScheduleRefresher(
    IContractRepository contracts,
    IContractListingRepository listings,
    ContractListingRefresher listingRefresher,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<ContractScheduleRefresher> logger)
{
    public async Task<ContractScheduleRefreshResult> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A term that ended yesterday (in the contract's zone) has a successor starting today.
        var endedBy = ZoneDayLimit.FromToday(await listings.ListTimeZoneIdsAsync(ct), now, days: -1);
        var due = await listings.ListRollOverDueIdsAsync(endedBy, ct);

        int rolledOver = 0, recorded = 0, failed = 0;
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var contract = await contracts.GetAsync(id, ct);
                var added = contract.RollOverTacitRenewals(now);
                if (added.Count == 0) continue;
                await unitOfWork.SaveChangesAsync(ct);
                rolledOver++;
                recorded += added.Count;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An edit or another instance got there first, or the contract was deleted: the next run
                // sees the contract as it is then. One contract must not stop the others.
                failed++;
                logger.LogWarning(ex, "Could not record the tacit renewals of contract {ContractId}; the next run retries", id);
            }
            finally
            {
                unitOfWork.DiscardChanges();
            }
        }

        var refreshed = await listingRefresher.RefreshStaleAsync(ct);
        if (rolledOver > 0 || failed > 0)
            logger.LogInformation("Recorded {Terms} tacit renewal term(s) on {Contracts} contract(s); {Failed} failed", recorded, rolledOver, failed);
        return new ContractScheduleRefreshResult(rolledOver, recorded, failed, refreshed);
    }
}
