using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.ApiTokens;

namespace VendorManager.Controllers;

/// <summary>
/// Tokens for scripts. POST /api/token exchanges a user name and password for a short-lived token;
/// signed-in users issue and revoke their own longer-lived tokens under /api/tokens.
/// </summary>
[ApiController]
public sealed class ApiTokensController(IApiTokenAppService tokens) : ControllerBase
{
    [HttpPost("api/token")]
    [AllowAnonymous]
    [ProducesResponseType<IssuedApiTokenDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> SignIn(SignInTokenInput input, CancellationToken ct)
    {
        var issued = await tokens.SignInAsync(input, ct);
        return issued is null
            ? Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The user name or password is wrong, or the account is disabled or locked out.")
            : Ok(issued);
    }

    [HttpGet("api/tokens")]
    [Authorize]
    public Task<IReadOnlyList<ApiTokenDto>> GetMine(CancellationToken ct) => tokens.GetMyTokensAsync(ct);

    [HttpPost("api/tokens")]
    [Authorize]
    public Task<IssuedApiTokenDto> Issue(IssueApiTokenInput input, CancellationToken ct) => tokens.IssueAsync(input, ct);

    [HttpDelete("api/tokens/{id:guid}")]
    [Authorize]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken ct)
    {
        await tokens.RevokeAsync(id, ct);
        return NoContent();
    }
}
