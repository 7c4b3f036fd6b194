namespace VendorManager.Calendar;

/// <summary>
/// Calendar subscriptions: the current user's feeds (create, list, revoke) and the feed itself,
/// rendered for whoever presents a feed's secret.
/// </summary>
public interface ICalendarFeedAppService
{
    Task<IReadOnlyList<CalendarFeedDto>> GetMyFeedsAsync(CancellationToken ct = default);

    /// <param name="requestRoot">The site's address as the request reached it; used when App:BaseUrl is not set.</param>
    Task<IssuedCalendarFeedDto> CreateAsync(CreateCalendarFeedInput input, Uri requestRoot, CancellationToken ct = default);

    /// <summary>Stops the feed answering. Another user's feed is not found, as is an unknown id.</summary>
    Task RevokeAsync(Guid id, CancellationToken ct = default);

    /// <summary>
    /// The feed for <paramref name="secret"/>, or null when the secret is unknown or revoked, or its
    /// owner is disabled or may no longer read contracts: the caller answers 404 for all of them alike.
    /// </summary>
    Task<CalendarFeedDocument?> RenderAsync(string secret, Uri requestRoot, CancellationToken ct = default);
}
