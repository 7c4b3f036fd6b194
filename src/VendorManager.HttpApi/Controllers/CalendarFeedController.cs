using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using VendorManager.Calendar;

namespace VendorManager.Controllers;

/// <summary>
/// The calendar feed itself. Outlook and Google fetch it from their own servers without cookies or
/// headers, so the secret in the path is the only credential; anything that does not resolve to an
/// answering feed is a bare 404, whether unknown, revoked or its owner no longer allowed, so the
/// answer tells a guesser nothing. Not an [ApiController]: its 404 would become ProblemDetails
/// carrying a trace id, a body that differs from one request to the next.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CalendarFeedController(ICalendarFeedAppService feeds) : ControllerBase
{
    public const string ContentType = "text/calendar; charset=utf-8";

    [HttpGet("calendar/{token}.ics")]
    public async Task<IActionResult> Get(string token, CancellationToken ct)
    {
        var feed = await feeds.RenderAsync(token, RequestRoot.Of(Request), ct);
        if (feed is null) return NotFound();
        // The URL is a credential: no shared cache may keep the answer, and clients revalidate
        // with the entity tag (304 when nothing changed) instead of keeping a stale copy.
        Response.Headers.CacheControl = "private, no-cache";
        return File(feed.Content, ContentType, lastModified: null, new EntityTagHeaderValue(feed.ETag));
    }
}
