namespace VendorManager.Calendar;

/// <summary>
/// Something that puts events in the calendar feed: contract deadlines now, maintenance windows
/// later. Each source answers for one permission; the feed asks only the sources its owner holds
/// the permission of, so a source never filters by user itself.
/// </summary>
public interface ICalendarEventSource
{
    /// <summary>The permission that lets a user see this source's events.</summary>
    string Permission { get; }

    Task<IReadOnlyList<CalendarEntry>> GetEntriesAsync(CalendarFeedContext context, CancellationToken ct = default);
}

/// <param name="SiteRoot">The public address entries link to (ends in a slash).</param>
public sealed record CalendarFeedContext(DateTime Now, Uri SiteRoot, CalendarWindow Window);
