using Microsoft.EntityFrameworkCore;
using VendorManager.Calendar;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractCalendarRepository(VendorManagerDbContext db) : IContractCalendarRepository
{
    private static readonly IReadOnlyList<int> NoLeadDays = [];

    public async Task<IReadOnlyList<ContractCalendarRow>> ListRunningAsync(CancellationToken ct = default)
    {
        // A projection, not entities: no tracking, no SLA JSON, nodes or lead times read; one round trip.
        var rows = await db.Contracts.AsNoTracking()
            .Where(c => c.ListedStatus != ContractStatus.Terminated && c.ListedStatus != ContractStatus.Expired)
            .Select(c => new
            {
                c.Id, c.VendorId, c.Number, c.Title, c.Kind, c.TimeZoneId, c.RenewalKind, c.TerminatedOn,
                RenewalCount = c.RenewalPeriod.Count, RenewalUnit = c.RenewalPeriod.Unit,
                NoticeCount = c.NoticePeriod.Count, NoticeUnit = c.NoticePeriod.Unit,
                LastChangedAt = c.ModifiedAt ?? c.CreatedAt,
                Terms = c.Terms.OrderBy(t => t.Sequence).Select(t => new { t.Sequence, t.Start, t.End, t.Origin }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(c => new ContractCalendarRow(c.Id, c.VendorId, c.Number, c.Title, c.Kind, c.LastChangedAt,
                new ContractSchedule(c.Id, c.TimeZoneId,
                    c.Terms.Select(t => new ContractTermSpan(t.Sequence, t.Start, t.End, t.Origin, IsRecorded: true)).ToList(),
                    c.RenewalKind, ContractPeriod.Create(c.RenewalCount, c.RenewalUnit), ContractPeriod.Create(c.NoticeCount, c.NoticeUnit),
                    c.TerminatedOn, NoLeadDays)))
            .ToList();
    }
}
