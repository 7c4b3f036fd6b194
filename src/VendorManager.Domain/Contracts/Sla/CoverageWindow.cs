using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// Hours of one weekday inside SLA coverage, in the SLA's zone, from <see cref="From"/> up to (not
/// including) <see cref="To"/>. A <see cref="To"/> of 00:00 means the end of the day (24:00): a
/// window cannot end at the midnight that starts it, so the reading is unambiguous and needs no
/// extra flag. A window never crosses midnight; split overnight cover into two days.
/// </summary>
public sealed record CoverageWindow(DayOfWeek Day, LocalTime From, LocalTime To)
{
    public const int MinutesPerDay = 1440;

    public int FromMinute() => From.Hour * 60 + From.Minute;

    /// <summary>The end as minutes since the day's midnight: 1440 for a window to the end of the day.</summary>
    public int ToMinute() => To == LocalTime.Midnight ? MinutesPerDay : To.Hour * 60 + To.Minute;
}
