using System.ComponentModel.DataAnnotations;

namespace VendorManager.Calendar;

/// <summary>A calendar subscription of the current user; the secret URL is not kept and cannot be shown again.</summary>
public sealed record CalendarFeedDto(Guid Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>Returned once, when a feed is created: <see cref="Url"/> holds the secret, which is not stored.</summary>
/// <param name="Url">The address to subscribe to (Outlook: Add calendar, From internet).</param>
/// <param name="WebcalUrl">The same address with the webcal scheme, which opens the subscribe dialog of a desktop calendar.</param>
public sealed record IssuedCalendarFeedDto(Guid Id, string Name, string Token, string Url, string WebcalUrl);

public sealed class CreateCalendarFeedInput
{
    /// <summary>Where the feed is used, so it can be told apart when revoking ("Outlook on the ward PC").</summary>
    [Required, StringLength(CalendarFeedConsts.MaxNameLength)]
    public string Name { get; set; } = "";
}

/// <summary>A rendered feed: the iCalendar text as UTF-8 and a strong entity tag of those bytes.</summary>
public sealed record CalendarFeedDocument(byte[] Content, string ETag, int EventCount);
