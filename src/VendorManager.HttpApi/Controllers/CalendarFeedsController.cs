using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Calendar;
using VendorManager.Permissions;

namespace VendorManager.Controllers;

/// <summary>
/// Calendar subscriptions of the signed-in user, and the contract deadlines of the coming months.
/// A new feed's URL holds its secret and is returned once; subscribe to it in a calendar client.
/// Listing and revoking need no permission beyond signing in, so someone who lost access can
/// still clean up their feeds (which stopped answering anyway).
/// </summary>
[ApiController]
[Route("api/calendar")]
public sealed class CalendarFeedsController(ICalendarFeedAppService feeds, ICalendarAppService calendar) : ControllerBase
{
    [HttpGet("feeds")]
    [Authorize]
    public Task<IReadOnlyList<CalendarFeedDto>> GetMine(CancellationToken ct) => feeds.GetMyFeedsAsync(ct);

    /// <summary>Creates a feed; the answer's url (and token) cannot be shown again.</summary>
    [HttpPost("feeds")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<IssuedCalendarFeedDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<IssuedCalendarFeedDto>> Create(CreateCalendarFeedInput input, CancellationToken ct)
    {
        var issued = await feeds.CreateAsync(input, RequestRoot.Of(Request), ct);
        return Created(issued.Url, issued);
    }

    [HttpDelete("feeds/{id:guid}")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken ct)
    {
        await feeds.RevokeAsync(id, ct);
        return NoContent();
    }

    /// <summary>Notice deadlines, ends and renewals of running contracts in the next months (12 unless asked), by vendor and kind.</summary>
    [HttpGet("deadlines")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public Task<ContractCalendarDto> GetDeadlines([FromQuery] GetContractCalendarInput input, CancellationToken ct)
        => calendar.GetContractDeadlinesAsync(input, ct);
}
