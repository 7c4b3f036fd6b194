namespace VendorManager.Contracts;

/// <summary>
/// What the reminder job reads of contracts: their ids, the parts the date engine needs (no SLA
/// document, no nodes), and what an e-mail names. Contracts deleted are left out throughout.
/// </summary>
public interface IContractReminderSource
{
    Task<IReadOnlyList<Guid>> ListContractIdsAsync(CancellationToken ct = default);

    /// <summary>The schedules of those of <paramref name="ids"/> that exist, terms in sequence order.</summary>
    Task<IReadOnlyList<ContractSchedule>> ReadSchedulesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>Vendor, number, title, owner and zone of those of <paramref name="ids"/> that exist.</summary>
    Task<IReadOnlyDictionary<Guid, ContractReminderSubject>> ReadSubjectsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
}
