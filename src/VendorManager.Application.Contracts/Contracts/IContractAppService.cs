using VendorManager.Auditing;
using VendorManager.Common;

namespace VendorManager.Contracts;

/// <summary>
/// Contracts with their terms, SLA terms, covered nodes and reminder lead times. Every change
/// returns the contract as saved. Inputs that carry a concurrency stamp are refused with a
/// <see cref="ConcurrencyConflictException"/> when someone saved the contract since it was read;
/// for the actions the stamp is optional (without it the action applies to the latest version).
/// </summary>
public interface IContractAppService
{
    /// <summary>Filtered, sorted and paged; status and deadlines come from the stored listing, refreshed first where it expired.</summary>
    Task<PagedResultDto<ContractListItemDto>> GetListAsync(GetContractListInput input, CancellationToken ct = default);
    Task<ContractDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>Status, deadlines (each as a local day and its UTC instant) and the reminders planned, as of now.</summary>
    Task<ContractDeadlinesDto> GetDeadlinesAsync(Guid id, CancellationToken ct = default);
    /// <summary>Who changed which field of the contract, its terms or its nodes, from what to what, newest first.</summary>
    Task<IReadOnlyList<EntityChangeDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);

    Task<ContractDto> CreateAsync(CreateContractInput input, CancellationToken ct = default);
    /// <summary>The contract's own fields, its renewal settings and the latest term's dates (a change reschedules that term).</summary>
    Task<ContractDto> UpdateAsync(Guid id, UpdateContractInput input, CancellationToken ct = default);
    /// <summary>Soft delete: the row stays for the history, the number becomes free for the vendor.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct = default);

    /// <summary>Records a renewal decision: a new term after the latest, to the given end or for one renewal period.</summary>
    Task<ContractDto> RenewAsync(Guid id, RenewContractInput input, CancellationToken ct = default);
    Task<ContractDto> TerminateAsync(Guid id, TerminateContractInput input, CancellationToken ct = default);
    /// <summary>Replaces the SLA terms; every broken field is reported at once.</summary>
    Task<ContractDto> DefineSlaAsync(Guid id, DefineSlaInput input, CancellationToken ct = default);
    Task<ContractDto> RemoveSlaAsync(Guid id, string? concurrencyStamp, CancellationToken ct = default);
    /// <summary>Replaces the set of covered nodes: every id must be an existing node.</summary>
    Task<ContractDto> SetCoveredNodesAsync(Guid id, SetCoveredNodesInput input, CancellationToken ct = default);
    Task<ContractDto> SetReminderLeadDaysAsync(Guid id, SetReminderLeadDaysInput input, CancellationToken ct = default);
}
