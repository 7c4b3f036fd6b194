using NodaTime;

namespace VendorManager.Calendar;

/// <summary>
/// A stretch of days around today, read in each contract's own zone: from <see cref="DaysBack"/>
/// days before today up to, not including, the same day <see cref="MonthsAhead"/> months on. Zones
/// disagree on what today is, so the window is applied per contract, never as one UTC range.
/// </summary>
public sealed record CalendarWindow(int DaysBack, int MonthsAhead)
{
    public (LocalDate From, LocalDate Until) Around(LocalDate today) => (today.PlusDays(-DaysBack), today.PlusMonths(MonthsAhead));
}
