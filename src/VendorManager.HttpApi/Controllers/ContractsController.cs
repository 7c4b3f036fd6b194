using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Auditing;
using VendorManager.Common;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Controllers;

/// <summary>
/// Contracts, their terms, SLA terms, covered nodes and deadlines. Dates are whole days in the
/// contract's time zone (ISO yyyy-MM-dd); instants are UTC. Changes answer with the contract as
/// saved; send the concurrencyStamp you read to have a stale change refused with 409.
/// </summary>
[ApiController]
[Route("api/contracts")]
public sealed class ContractsController(IContractAppService contracts) : ControllerBase
{
    /// <summary>Contracts filtered by vendor, status, kind, text (number or title) and notice deadline within N days; sorted and paged.</summary>
    [HttpGet]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    public Task<PagedResultDto<ContractListItemDto>> GetList([FromQuery] GetContractListInput input, CancellationToken ct)
        => contracts.GetListAsync(input, ct);

    [HttpGet("{id:guid}")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ContractDto> Get(Guid id, CancellationToken ct) => contracts.GetAsync(id, ct);

    /// <summary>Status, current and next term, every deadline as a local day with its UTC instant, and the reminders planned.</summary>
    [HttpGet("{id:guid}/deadlines")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<ContractDeadlinesDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ContractDeadlinesDto> GetDeadlines(Guid id, CancellationToken ct) => contracts.GetDeadlinesAsync(id, ct);

    /// <summary>Who changed which field of the contract, its terms or covered nodes, from what to what, newest first.</summary>
    [HttpGet("{id:guid}/history")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<EntityChangeDto>> GetHistory(Guid id, CancellationToken ct) => contracts.GetHistoryAsync(id, ct);

    [HttpPost]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<ContractDto>> Create(CreateContractInput input, CancellationToken ct)
    {
        var created = await contracts.CreateAsync(input, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>The contract's fields, renewal settings and the latest term's dates. A stale concurrencyStamp gets 409.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<ContractDto> Update(Guid id, UpdateContractInput input, CancellationToken ct) => contracts.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await contracts.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>Records a renewal decision: a new term after the latest, to the given end or for one renewal period.</summary>
    [HttpPost("{id:guid}/renew")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<ContractDto> Renew(Guid id, RenewContractInput input, CancellationToken ct) => contracts.RenewAsync(id, input, ct);

    /// <summary>Records a termination: effectiveOn is the last day covered; no deadlines or reminders follow.</summary>
    [HttpPost("{id:guid}/terminate")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public Task<ContractDto> Terminate(Guid id, TerminateContractInput input, CancellationToken ct) => contracts.TerminateAsync(id, input, ct);

    /// <summary>Replaces the SLA terms. Every broken field is reported at once, e.g. errors["sla.creditTiers[1].belowPercent"].</summary>
    [HttpPut("{id:guid}/sla")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractDto> DefineSla(Guid id, DefineSlaInput input, CancellationToken ct) => contracts.DefineSlaAsync(id, input, ct);

    [HttpDelete("{id:guid}/sla")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractDto> RemoveSla(Guid id, [FromQuery] string? concurrencyStamp, CancellationToken ct)
        => contracts.RemoveSlaAsync(id, concurrencyStamp, ct);

    /// <summary>Replaces the set of covered DICOM nodes.</summary>
    [HttpPut("{id:guid}/nodes")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractDto> SetCoveredNodes(Guid id, SetCoveredNodesInput input, CancellationToken ct)
        => contracts.SetCoveredNodesAsync(id, input, ct);

    /// <summary>Days before each deadline and the end that reminders are due, e.g. [90, 60, 30].</summary>
    [HttpPut("{id:guid}/reminder-lead-days")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractDto> SetReminderLeadDays(Guid id, SetReminderLeadDaysInput input, CancellationToken ct)
        => contracts.SetReminderLeadDaysAsync(id, input, ct);
}
