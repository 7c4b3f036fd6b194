using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractReminderSource(VendorManagerDbContext db) : IContractReminderSource
{
    public async Task<IReadOnlyList<Guid>> ListContractIdsAsync(CancellationToken ct = default)
        => await db.Contracts.AsNoTracking().Select(c => c.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<ContractSchedule>> ReadSchedulesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        // Two flat queries instead of the aggregate: the SLA document and covered nodes play no part in
        // the dates, and a JOIN would repeat each contract's columns once per term.
        var contracts = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.TimeZoneId, c.RenewalKind, c.RenewalPeriod, c.NoticePeriod, c.TerminatedOn, c.ReminderLeadDays })
            .ToListAsync(ct);
        var terms = (await db.ContractTerms.AsNoTracking().Where(t => ids.Contains(t.ContractId))
                .Select(t => new { t.ContractId, t.Sequence, t.Start, t.End, t.Origin })
                .ToListAsync(ct))
            .ToLookup(t => t.ContractId);
        return contracts.Select(c => new ContractSchedule(c.Id, c.TimeZoneId,
                terms[c.Id].OrderBy(t => t.Sequence).Select(t => new ContractTermSpan(t.Sequence, t.Start, t.End, t.Origin, IsRecorded: true)).ToList(),
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
