namespace VendorManager.Contracts;

/// <summary>
/// What the reminder job reads of contracts: the parts the date engine needs (no SLA document, no
/// nodes), page by page, and what an e-mail names. Contracts deleted are left out throughout.
/// </summary>
public interface IContractReminderSource
{
    /// <summary>
    /// The schedules of the first <paramref name="take"/> contracts in id order after
    /// <paramref name="after"/> (from the start when null), terms in sequence order. Pass the last
    /// id of a page to get the next; an empty page is the end.
    /// </summary>
    Task<IReadOnlyList<ContractSchedule>> ReadSchedulesAsync(Guid? after, int take, CancellationToken ct = default);

    /// <summary>Vendor, number, title, owner and zone of those of <paramref name="ids"/> that exist.</summary>
    Task<IReadOnlyDictionary<Guid, ContractReminderSubject>> ReadSubjectsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
}
