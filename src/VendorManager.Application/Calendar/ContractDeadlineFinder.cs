using VendorManager.Vendors;

namespace VendorManager.Calendar;

/// <summary>
/// The deadlines of every running contract in a window, with the vendor's name: the one read behind
/// the calendar page and the feed. One query for the contracts and their terms, one for the vendor
/// names, then the date engine per contract in memory.
/// </summary>
public sealed class ContractDeadlineFinder(IContractCalendarRepository contracts, IVendorRepository vendors)
{
    public async Task<IReadOnlyList<ContractDeadlineItem>> FindAsync(DateTime now, CalendarWindow window, CancellationToken ct = default)
    {
        var rows = await contracts.ListRunningAsync(ct);
        var found = new List<(ContractCalendarRow Contract, ContractDeadline Deadline)>();
        foreach (var row in rows)
            foreach (var deadline in ContractDeadlineCalendar.Within(row.Schedule, now, window))
                found.Add((row, deadline));

        var names = await vendors.GetNamesAsync(found.Select(f => f.Contract.VendorId).Distinct().ToList(), ct);
        return found
            .Select(f => new ContractDeadlineItem(f.Contract, names.GetValueOrDefault(f.Contract.VendorId) ?? "?", f.Deadline))
            .OrderBy(i => i.Deadline.Date).ThenBy(i => i.Deadline.Kind).ThenBy(i => i.VendorName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => i.Contract.Number, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}

public sealed record ContractDeadlineItem(ContractCalendarRow Contract, string VendorName, ContractDeadline Deadline);
