namespace VendorManager.Contracts;

/// <summary>
/// A contract's reminder log (what was sent, when, to whom) and the decisions a person makes about
/// a reminder that may or may not have arrived, or that failed.
/// </summary>
public interface IContractReminderAppService
{
    /// <summary>Every reminder recorded for the contract, the latest due first.</summary>
    Task<IReadOnlyList<ContractReminderDispatchDto>> GetListAsync(Guid contractId, CancellationToken ct = default);

    /// <summary>An uncertain reminder did arrive (the recipients have it): it counts as sent and is never sent again.</summary>
    Task<ContractReminderDispatchDto> ConfirmDeliveredAsync(Guid contractId, Guid reminderId, CancellationToken ct = default);

    /// <summary>Send an uncertain or failed reminder again on the next run, with the same Message-Id; cancelled instead if it no longer applies by then.</summary>
    Task<ContractReminderDispatchDto> RequeueAsync(Guid contractId, Guid reminderId, CancellationToken ct = default);
}
