using VendorManager.Contracts;

namespace VendorManager.Calendar;

public sealed class CalendarAppService(ContractDeadlineFinder finder, TimeProvider clock) : ICalendarAppService
{
    public async Task<ContractCalendarDto> GetContractDeadlinesAsync(GetContractCalendarInput input, CancellationToken ct = default)
    {
        if (input.Months is < 1 or > ContractCalendarConsts.MaxMonthsAhead)
            throw new BusinessException(CalendarErrorCodes.MonthsOutOfRange,
                $"Months must be between 1 and {ContractCalendarConsts.MaxMonthsAhead}.", nameof(input.Months));
        var now = clock.GetUtcNow().UtcDateTime;
        var all = await finder.FindAsync(now, new CalendarWindow(DaysBack: 0, input.Months), ct);
        // The vendor filter offers every vendor with a deadline in the window, whatever is filtered now.
        var vendors = all.GroupBy(i => i.Contract.VendorId)
            .Select(g => new CalendarVendorDto(g.Key, g.First().VendorName))
            .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var items = all
            .Where(i => input.VendorId is not { } vendorId || i.Contract.VendorId == vendorId)
            .Where(i => input.Kind is not { } kind || i.Deadline.Kind == kind)
            .Select(i => ToDto(i, now))
            .ToList();
        return new ContractCalendarDto(input.Months, items, vendors);
    }

    private static ContractDeadlineDto ToDto(ContractDeadlineItem item, DateTime now)
    {
        var contract = item.Contract;
        var deadline = item.Deadline;
        var zone = ContractTimeZone.Get(contract.Schedule.TimeZoneId);
        var today = ContractTimeZone.Today(now, zone);
        return new ContractDeadlineDto(
            contract.Id, contract.VendorId, item.VendorName, contract.Number, contract.Title, contract.Kind,
            deadline.Kind, deadline.Date.ToDateOnly(), contract.Schedule.TimeZoneId,
            ContractTimeZone.EndOfDayUtc(deadline.Date, zone),
            NodaTime.Period.Between(today, deadline.Date, NodaTime.PeriodUnits.Days).Days,
            deadline.Term.Start.ToDateOnly(), deadline.Term.End.ToDateOnly(), contract.Schedule.RenewalKind,
            ContractDeadlineWording.Summary(item), ContractDeadlineWording.Advice(item));
    }
}
