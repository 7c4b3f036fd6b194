using Microsoft.EntityFrameworkCore;
using VendorManager.Calendar;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractCalendarRepository(VendorManagerDbContext db) : IContractCalendarRepository
{
    private static readonly IReadOnlyList<int> NoLeadDays = [];

    public async Task<IReadOnlyList<ContractCalendarRow>> ListRunningAsync(CancellationToken ct = default)
    {
        var running = db.Contracts.AsNoTracking()
            .Where(c => c.ListedStatus != ContractStatus.Terminated && c.ListedStatus != ContractStatus.Expired);
        // Two flat reads, not a nested projection: no tracking, no SLA JSON, nodes or lead times, and no
        // contract columns repeated on every term row.
        var contracts = await running
            .Select(c => new
            {
                c.Id, c.VendorId, c.Number, c.Title, c.Kind, c.TimeZoneId, c.RenewalKind, c.TerminatedOn,
                RenewalCount = c.RenewalPeriod.Count, RenewalUnit = c.RenewalPeriod.Unit,
                NoticeCount = c.NoticePeriod.Count, NoticeUnit = c.NoticePeriod.Unit,
                LastChangedAt = c.ModifiedAt ?? c.CreatedAt,
            })
            .ToListAsync(ct);
        var terms = (await db.ContractTerms.AsNoTracking()
                .Where(t => running.Any(c => c.Id == t.ContractId))
                .Select(t => new { t.ContractId, t.Sequence, t.Start, t.End, t.Origin })
                .ToListAsync(ct))
            .ToLookup(t => t.ContractId);
        return contracts
            .Select(c => new ContractCalendarRow(c.Id, c.VendorId, c.Number, c.Title, c.Kind, c.LastChangedAt,
                new ContractSchedule(c.Id, c.TimeZoneId,
                    terms[c.Id].OrderBy(t => t.Sequence).Select(t => new ContractTermSpan(t.Sequence, t.Start, t.End, t.Origin, IsRecorded: true)).ToList(),
                    c.RenewalKind, ContractPeriod.Create(c.RenewalCount, c.RenewalUnit), ContractPeriod.Create(c.NoticeCount, c.NoticeUnit),
                    c.TerminatedOn, NoLeadDays)))
            .ToList();
    }
}
