using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Auditing;
using VendorManager.Common;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Controllers;

[ApiController]
[Route("api/vendors")]
public sealed class VendorsController(IVendorAppService vendors) : ControllerBase
{
    /// <summary>Vendors, searched by name or contact, filtered by kind, sorted and paged.</summary>
    [HttpGet]
    [Authorize(VendorManagerPermissions.Vendors.Read)]
    public Task<PagedResultDto<VendorListItemDto>> GetList([FromQuery] GetVendorListInput input, CancellationToken ct)
        => vendors.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(VendorManagerPermissions.Vendors.Read)]
    [ProducesResponseType<VendorDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<VendorDto> Get(Guid id, CancellationToken ct) => vendors.GetAsync(id, ct);

    /// <summary>Who changed which field of the vendor or its contacts, from what to what, newest first.</summary>
    [HttpGet("{id:guid}/history")]
    [Authorize(VendorManagerPermissions.Vendors.Read)]
    public Task<IReadOnlyList<EntityChangeDto>> GetHistory(Guid id, CancellationToken ct) => vendors.GetHistoryAsync(id, ct);

    [HttpPost]
    [Authorize(VendorManagerPermissions.Vendors.Create)]
    [ProducesResponseType<VendorDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<VendorDto>> Create(CreateVendorInput input, CancellationToken ct)
    {
        var created = await vendors.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Replaces the vendor's fields and contacts. Send the concurrencyStamp you read; a stale one gets 409.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(VendorManagerPermissions.Vendors.Edit)]
    [ProducesResponseType<VendorDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<VendorDto> Update(Guid id, UpdateVendorInput input, CancellationToken ct) => vendors.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}")]
    [Authorize(VendorManagerPermissions.Vendors.Delete)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await vendors.DeleteAsync(id, ct);
        return NoContent();
    }
}
