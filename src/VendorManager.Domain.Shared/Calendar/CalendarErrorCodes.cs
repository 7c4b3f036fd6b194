namespace VendorManager.Calendar;

/// <summary>
/// Stable error codes for calendar feeds. Clients and tests match on these, so a code, once
/// published, never changes meaning. Kept apart from <see cref="VendorManagerErrorCodes"/> because
/// the calendar is its own area.
/// </summary>
public static class CalendarErrorCodes
{
    public const string NameRequired = "VendorManager:Calendar:NameRequired";
    public const string NameTooLong = "VendorManager:Calendar:NameTooLong";
    public const string TooManyFeeds = "VendorManager:Calendar:TooManyFeeds";
    public const string MonthsOutOfRange = "VendorManager:Calendar:MonthsOutOfRange";
}
