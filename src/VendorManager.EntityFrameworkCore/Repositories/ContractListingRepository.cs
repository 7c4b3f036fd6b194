using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractListingRepository(VendorManagerDbContext db) : IContractListingRepository
{
    public async Task<(IReadOnlyList<ContractListRow> Items, int TotalCount)> ListAsync(ContractQuery query, CancellationToken ct = default)
    {
        var contracts = db.Contracts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var upper = query.Search.Trim().ToUpperInvariant();
            contracts = contracts.Where(c => c.NormalizedNumber.Contains(upper) || (c.Title != null && c.Title.ToUpper().Contains(upper)));
        }
        if (query.VendorId is { } vendorId) contracts = contracts.Where(c => c.VendorId == vendorId);
        if (query.Status is { } status) contracts = contracts.Where(c => c.ListedStatus == status);
        if (query.Kind is { } kind) contracts = contracts.Where(c => c.Kind == kind);
        if (query.NoticeDeadlineBy is { } limits)
            contracts = contracts.Where(ZonePredicate.AnyOf(limits, limit => c =>
                limit.TimeZoneIds.Contains(c.TimeZoneId) && c.ListedNextNoticeDeadline != null && c.ListedNextNoticeDeadline <= limit.LastDay));

        var total = await contracts.CountAsync(ct);
        var items = await Sort(contracts, query.SortBy, query.Descending).ThenBy(c => c.Id)
            .Skip(query.Skip).Take(query.Take)
            .Select(c => new ContractListRow(c.Id, c.VendorId, c.Number, c.Title, c.Kind, c.OwnerId, c.TimeZoneId, c.RenewalKind,
                c.Value, c.Currency, new ContractListing(c.ListedStatus, c.ListedNextNoticeDeadline, c.ListedEndsOn, c.ListingValidUntilUtc),
                c.CreatedAt, c.ModifiedAt))
            .ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<string>> ListTimeZoneIdsAsync(CancellationToken ct = default)
        => await db.Contracts.Select(c => c.TimeZoneId).Distinct().ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> ListStaleIdsAsync(DateTime now, CancellationToken ct = default)
        => await db.Contracts.Where(c => c.ListingValidUntilUtc != null && c.ListingValidUntilUtc <= now).Select(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> ListRollOverDueIdsAsync(IReadOnlyList<ZoneDayLimit> lastTermEndedBy, CancellationToken ct = default)
        => await db.Contracts
            .Where(c => c.RenewalKind == RenewalKind.Automatic && (c.TerminatedOn == null || c.Terms.Max(t => t.End) < c.TerminatedOn))
            .Where(ZonePredicate.AnyOf(lastTermEndedBy, limit => c =>
                limit.TimeZoneIds.Contains(c.TimeZoneId) && c.Terms.Max(t => t.End) <= limit.LastDay))
            .Select(c => c.Id)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<Contract>> ReadForListingAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Include(c => c.Terms.OrderBy(t => t.Sequence))
            .ToListAsync(ct);

    public async Task<int> SaveListingsAsync(IReadOnlyList<ContractListingUpdate> updates, CancellationToken ct = default)
    {
        if (updates.Count == 0) return 0;
        // One transaction for the batch: on SQLite each statement would otherwise be a commit of its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var written = 0;
        foreach (var update in updates)
        {
            var listing = update.Listing;
            written += await db.Contracts
                .Where(c => c.Id == update.ContractId && c.ConcurrencyStamp == update.ConcurrencyStamp)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.ListedStatus, listing.Status)
                    .SetProperty(c => c.ListedNextNoticeDeadline, listing.NextNoticeDeadline)
                    .SetProperty(c => c.ListedEndsOn, listing.EndsOn)
                    .SetProperty(c => c.ListingValidUntilUtc, listing.StatusValidUntilUtc), ct);
        }
        if (transaction is not null) await transaction.CommitAsync(ct);
        return written;
    }

    private IOrderedQueryable<Contract> Sort(IQueryable<Contract> contracts, ContractSortField field, bool descending) => (field, descending) switch
    {
        (ContractSortField.Title, false) => contracts.OrderBy(c => c.Title).ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Title, true) => contracts.OrderByDescending(c => c.Title).ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Kind, false) => contracts.OrderBy(c => c.Kind).ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Kind, true) => contracts.OrderByDescending(c => c.Kind).ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Status, false) => contracts.OrderBy(c => c.ListedStatus).ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Status, true) => contracts.OrderByDescending(c => c.ListedStatus).ThenBy(c => c.NormalizedNumber),
        // Contracts without a date go last either way; the providers disagree on where NULL sorts.
        (ContractSortField.NextNoticeDeadline, false) => contracts.OrderBy(c => c.ListedNextNoticeDeadline == null).ThenBy(c => c.ListedNextNoticeDeadline),
        (ContractSortField.NextNoticeDeadline, true) => contracts.OrderBy(c => c.ListedNextNoticeDeadline == null).ThenByDescending(c => c.ListedNextNoticeDeadline),
        (ContractSortField.EndsOn, false) => contracts.OrderBy(c => c.ListedEndsOn == null).ThenBy(c => c.ListedEndsOn),
        (ContractSortField.EndsOn, true) => contracts.OrderBy(c => c.ListedEndsOn == null).ThenByDescending(c => c.ListedEndsOn),
        (ContractSortField.CreatedAt, false) => contracts.OrderBy(c => c.CreatedAt),
        (ContractSortField.CreatedAt, true) => contracts.OrderByDescending(c => c.CreatedAt),
        (ContractSortField.ModifiedAt, false) => contracts.OrderBy(c => c.ModifiedAt ?? c.CreatedAt),
        (ContractSortField.ModifiedAt, true) => contracts.OrderByDescending(c => c.ModifiedAt ?? c.CreatedAt),
        // By the vendor's name, not its id: a subquery on the vendor's primary key per row, no join of whole rows.
        (ContractSortField.Vendor, false) => contracts.OrderBy(c => db.Vendors.Where(v => v.Id == c.VendorId).Select(v => v.NormalizedName).FirstOrDefault())
            .ThenBy(c => c.NormalizedNumber),
        (ContractSortField.Vendor, true) => contracts.OrderByDescending(c => db.Vendors.Where(v => v.Id == c.VendorId).Select(v => v.NormalizedName).FirstOrDefault())
            .ThenBy(c => c.NormalizedNumber),
        (_, true) => contracts.OrderByDescending(c => c.NormalizedNumber),
        _ => contracts.OrderBy(c => c.NormalizedNumber),
    };
}
