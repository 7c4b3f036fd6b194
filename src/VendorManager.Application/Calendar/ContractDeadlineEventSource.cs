using System.Globalization;
using VendorManager.Permissions;

namespace VendorManager.Calendar;

/// <summary>Contract notice deadlines, ends and renewals as all-day events.</summary>
public sealed class ContractDeadlineEventSource(ContractDeadlineFinder finder) : ICalendarEventSource
{
    /// <summary>A week's warning before a notice deadline: the e-mail reminders come months ahead; this is the last call.</summary>
    public const int NoticeAlarmDaysBefore = 7;

    public string Permission => VendorManagerPermissions.Contracts.Read;

    public async Task<IReadOnlyList<CalendarEntry>> GetEntriesAsync(CalendarFeedContext context, CancellationToken ct = default)
    {
        var items = await finder.FindAsync(context.Now, context.Window, ct);
        var links = new Dictionary<Guid, Uri>();
        return items.Select(item => ToEntry(item, LinkOf(item.Contract.Id))).ToList();

        Uri LinkOf(Guid contractId)
        {
            if (!links.TryGetValue(contractId, out var link)) links[contractId] = link = ContractLink(context.SiteRoot, contractId);
            return link;
        }
    }

    private static CalendarEntry ToEntry(ContractDeadlineItem item, Uri link)
    {
        var kind = item.Deadline.Kind;
        return new CalendarEntry(
            Uid(item.Contract.Id, kind, item.Deadline.Date),
            new AllDay(item.Deadline.Date),
            ContractDeadlineWording.Summary(item),
            ContractDeadlineWording.Description(item, link),
            link,
            ContractDeadlineWording.KindName(kind),
            item.Contract.LastChangedAt,
            kind == ContractDeadlineKind.NoticeDeadline ? NoticeAlarmDaysBefore : null);
    }

    /// <summary>The contract's page (the contract pages live at /Contracts/{id}).</summary>
    public static Uri ContractLink(Uri siteRoot, Guid contractId) => new(siteRoot, $"Contracts/{contractId}");

    /// <summary>
    /// One per contract, kind and day. A moved deadline is a new event (the old one disappears from
    /// the feed), never two copies of the same one.
    /// </summary>
    public static string Uid(Guid contractId, ContractDeadlineKind kind, NodaTime.LocalDate day)
    {
        var what = kind switch
        {
            ContractDeadlineKind.NoticeDeadline => "notice-deadline",
            ContractDeadlineKind.End => "end",
            _ => "renewal",
        };
        return string.Create(CultureInfo.InvariantCulture, $"contract-{contractId:N}-{what}-{day.Year:D4}{day.Month:D2}{day.Day:D2}@vendormanager");
    }
}
