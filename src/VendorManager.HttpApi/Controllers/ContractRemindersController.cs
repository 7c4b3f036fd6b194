using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Controllers;

/// <summary>
/// A contract's reminder e-mails: what was sent, when and to whom, and the decisions about one that
/// may or may not have arrived (uncertain) or that the relay kept refusing (failed).
/// </summary>
[ApiController]
[Route("api/contracts/{id:guid}/reminders")]
public sealed class ContractRemindersController(IContractReminderAppService reminders) : ControllerBase
{
    /// <summary>Every reminder recorded for the contract, latest due first: state, due day, recipients, attempts, when sent.</summary>
    [HttpGet]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<IReadOnlyList<ContractReminderDispatchDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<ContractReminderDispatchDto>> GetList(Guid id, CancellationToken ct) => reminders.GetListAsync(id, ct);

    /// <summary>An uncertain reminder did arrive: it counts as sent and is never sent again.</summary>
    [HttpPost("{reminderId:guid}/confirm-delivered")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractReminderDispatchDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractReminderDispatchDto> ConfirmDelivered(Guid id, Guid reminderId, CancellationToken ct)
        => reminders.ConfirmDeliveredAsync(id, reminderId, ct);

    /// <summary>Send an uncertain or failed reminder again on the next run, with the same Message-Id.</summary>
    [HttpPost("{reminderId:guid}/requeue")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType<ContractReminderDispatchDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<ContractReminderDispatchDto> Requeue(Guid id, Guid reminderId, CancellationToken ct) => reminders.RequeueAsync(id, reminderId, ct);
}
