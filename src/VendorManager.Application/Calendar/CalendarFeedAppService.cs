using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VendorManager.Common;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Calendar;

public sealed class CalendarFeedAppService(
    ICalendarFeedTokenRepository feeds,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    UserManager<AppUser> users,
    IEnumerable<ICalendarEventSource> sources,
    CalendarFeedWriter writer,
    IOptions<AppOptions> urls,
    TimeProvider clock) : ICalendarFeedAppService
{
    /// <summary>Thirty days of deadlines just passed stay visible, and two years ahead: a yearly contract shows its next two.</summary>
    public static readonly CalendarWindow FeedWindow = new(DaysBack: 30, MonthsAhead: 24);

    /// <summary>Deadlines are days away, never minutes: a few hours' delay costs nothing and spares the server.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(4);

    /// <summary>Last-used time is written at most this often, so a client polling often does not write on every fetch.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<CalendarFeedDto>> GetMyFeedsAsync(CancellationToken ct = default)
        => (await feeds.ListForUserAsync(RequireUser(), ct)).Select(ToDto).ToList();

    public async Task<IssuedCalendarFeedDto> CreateAsync(CreateCalendarFeedInput input, Uri requestRoot, CancellationToken ct = default)
    {
        var userId = RequireUser();
        if (await feeds.CountActiveForUserAsync(userId, ct) >= CalendarFeedConsts.MaxActivePerUser)
            throw new BusinessException(CalendarErrorCodes.TooManyFeeds,
                $"You have {CalendarFeedConsts.MaxActivePerUser} calendar feeds; revoke one you no longer use first.", null, BusinessErrorKind.Rule);
        var (feed, secret) = CalendarFeedToken.Create(userId, input.Name, clock.GetUtcNow().UtcDateTime);
        await feeds.InsertAsync(feed, ct);
        await unitOfWork.SaveChangesAsync(ct);
        var url = FeedUrl(urls.Value.SiteRoot(requestRoot), secret);
        return new IssuedCalendarFeedDto(feed.Id, feed.Name, secret, url.AbsoluteUri, "webcal" + url.AbsoluteUri[url.Scheme.Length..]);
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var feed = await feeds.FindAsync(id, ct);
        if (feed is null || feed.UserId != RequireUser()) throw new EntityNotFoundException(typeof(CalendarFeedToken), id);
        feed.Revoke(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<CalendarFeedDocument?> RenderAsync(string secret, Uri requestRoot, CancellationToken ct = default)
    {
        if (!CalendarFeedToken.LooksLikeSecret(secret)) return null;
        var feed = await feeds.FindByHashAsync(CalendarFeedToken.Hash(secret), ct);
        if (feed is null || feed.IsRevoked) return null;
        // The owner's standing now, not when the feed was made: disabling someone or taking away
        // their role silences every feed they handed to a calendar client.
        var owner = await users.FindByIdAsync(feed.UserId.ToString());
        if (owner is null || !owner.IsActive) return null;
        var roles = await users.GetRolesAsync(owner);
        if (!RolePermissionGrants.IsGranted(roles, VendorManagerPermissions.Contracts.Read)) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        if (feed.LastUsedAt is null || now - feed.LastUsedAt > LastUsedResolution)
        {
            feed.MarkUsed(now);
            await unitOfWork.SaveChangesAsync(ct);
        }

        var context = new CalendarFeedContext(now, urls.Value.SiteRoot(requestRoot), FeedWindow);
        var entries = new List<CalendarEntry>();
        foreach (var source in sources.Where(s => RolePermissionGrants.IsGranted(roles, s.Permission)))
            entries.AddRange(await source.GetEntriesAsync(context, ct));
        var header = new CalendarFeedHeader("VendorManager deadlines",
            $"Contract notice deadlines, ends and renewals from VendorManager at {context.SiteRoot.Host}.", RefreshInterval);
        return writer.Write(header, entries);
    }

    public static Uri FeedUrl(Uri siteRoot, string secret) => new(siteRoot, $"calendar/{secret}.ics");

    private Guid RequireUser() => currentUser.Id ?? throw new UnauthorizedAccessException("Sign in first.");

    private static CalendarFeedDto ToDto(CalendarFeedToken t) => new(t.Id, t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt);
}
