using NodaTime;

namespace VendorManager.Calendar;

/// <summary>
/// One event of a calendar feed, as a source describes it, before it becomes iCalendar text.
/// A record with value equality throughout, so an unchanged entry is recognised and its text reused.
/// </summary>
/// <param name="Uid">Stable for the same thing on the same day: a client that imports the feed again updates the event instead of adding a copy.</param>
/// <param name="LastModifiedUtc">When what the entry is about last changed (DTSTAMP and LAST-MODIFIED); never the time of the request, so an unchanged feed stays the same bytes.</param>
/// <param name="AlarmDaysBefore">A reminder that many days before the start, or none.</param>
public sealed record CalendarEntry(
    string Uid,
    CalendarEntryTime Time,
    string Summary,
    string? Description,
    Uri? Link,
    string? Category,
    DateTime LastModifiedUtc,
    int? AlarmDaysBefore = null);

/// <summary>When an entry happens: a whole day, or a stretch between two instants.</summary>
public abstract record CalendarEntryTime;

/// <summary>
/// A whole day (DTSTART;VALUE=DATE, DTEND the next day): the same date for every viewer whatever
/// their zone, which is exactly what a contract's deadline day is.
/// </summary>
public sealed record AllDay(LocalDate Day) : CalendarEntryTime;

/// <summary>Two UTC instants, for things that happen at a time (a maintenance window); clients show them in the viewer's zone.</summary>
public sealed record Timed : CalendarEntryTime
{
    public Timed(DateTime startUtc, DateTime endUtc)
    {
        // A local or unspecified time would be read in the server's zone and shift every event.
        if (startUtc.Kind != DateTimeKind.Utc || endUtc.Kind != DateTimeKind.Utc || endUtc <= startUtc)
            throw new ArgumentException("A timed entry needs two UTC instants, the end after the start.");
        StartUtc = startUtc;
        EndUtc = endUtc;
    }

    public DateTime StartUtc { get; }
    public DateTime EndUtc { get; }
}
