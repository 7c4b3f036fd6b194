using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Controllers;

[ApiController]
[Route("api/users")]
public sealed class UsersController(IUserAppService users) : ControllerBase
{
    [HttpGet]
    [Authorize(VendorManagerPermissions.Users.Read)]
    public Task<IReadOnlyList<UserDto>> GetList(CancellationToken ct) => users.GetListAsync(ct);

    [HttpGet("{id:guid}")]
    [Authorize(VendorManagerPermissions.Users.Read)]
    public Task<UserDto> Get(Guid id, CancellationToken ct) => users.GetAsync(id, ct);

    [HttpPost]
    [Authorize(VendorManagerPermissions.Users.Manage)]
    [ProducesResponseType<UserDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<UserDto>> Create(CreateUserInput input, CancellationToken ct)
    {
        var created = await users.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [Authorize(VendorManagerPermissions.Users.Manage)]
    public Task<UserDto> Update(Guid id, UpdateUserInput input, CancellationToken ct) => users.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/password")]
    [Authorize(VendorManagerPermissions.Users.Manage)]
    public async Task<IActionResult> ResetPassword(Guid id, ResetPasswordInput input, CancellationToken ct)
    {
        await users.ResetPasswordAsync(id, input, ct);
        return NoContent();
    }
}
