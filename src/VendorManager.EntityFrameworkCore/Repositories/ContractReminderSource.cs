using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractReminderSource(VendorManagerDbContext db) : IContractReminderSource
{
    public async Task<IReadOnlyList<ContractSchedule>> ReadSchedulesAsync(Guid? after, int take, CancellationToken ct = default)
    {
        // Keyset pages over the primary key, and the page's terms as one range of the (ContractId, Sequence)
        // index: an IN list of 500 ids per page cost four times as much as reading the table through.
        // The SLA document and covered nodes play no part in the dates, so they are not read.
        var contracts = db.Contracts.AsNoTracking();
        if (after is { } start) contracts = contracts.Where(c => c.Id > start);
        var page = await contracts.OrderBy(c => c.Id).Take(take)
            .Select(c => new { c.Id, c.TimeZoneId, c.RenewalKind, c.RenewalPeriod, c.NoticePeriod, c.TerminatedOn, c.ReminderLeadDays })
            .ToListAsync(ct);
        if (page.Count == 0) return [];

        var last = page[^1].Id;
        var terms = db.ContractTerms.AsNoTracking().Where(t => t.ContractId <= last);
        if (after is { } first) terms = terms.Where(t => t.ContractId > first);
        var byContract = (await terms.Select(t => new { t.ContractId, t.Sequence, t.Start, t.End, t.Origin }).ToListAsync(ct))
            .ToLookup(t => t.ContractId);
        return page.Select(c => new ContractSchedule(c.Id, c.TimeZoneId,
                byContract[c.Id].OrderBy(t => t.Sequence).Select(t => new ContractTermSpan(t.Sequence, t.Start, t.End, t.Origin, IsRecorded: true)).ToList(),
                c.RenewalKind, c.RenewalPeriod, c.NoticePeriod, c.TerminatedOn, c.ReminderLeadDays))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, ContractReminderSubject>> ReadSubjectsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<Guid, ContractReminderSubject>();
        return await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Vendors.IgnoreQueryFilters(), c => c.VendorId, v => v.Id, (c, v) =>
                new ContractReminderSubject(c.Id, c.Number, c.Title, v.Name, c.OwnerId, c.TimeZoneId, c.RenewalKind, c.ModifiedAt))
            .ToDictionaryAsync(s => s.ContractId, ct);
    }
}
