namespace VendorManager.Contracts;

/// <summary>The reminder log. Rows come back tracked unless the method says otherwise.</summary>
public interface IContractReminderDispatchRepository
{
    /// <summary>The state of each of <paramref name="keys"/> that has a row; keys without one are left out.</summary>
    Task<IReadOnlyDictionary<string, (Guid Id, ReminderDispatchState State)>> FindStatesAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>
    /// Inserts the rows whose key has none yet and saves them at once (the intent is on record before
    /// any send). The unique key decides between instances inserting the same reminder: a row lost
    /// to another instance is skipped. Returns the rows inserted.
    /// </summary>
    Task<IReadOnlyList<ContractReminderDispatch>> InsertNewAsync(IReadOnlyList<ContractReminderDispatch> rows, CancellationToken ct = default);

    /// <summary>Pending and failed rows, those that may have to be cancelled; not tracked (each is changed from a fresh read).</summary>
    Task<IReadOnlyList<ContractReminderDispatch>> ListOpenAsync(CancellationToken ct = default);

    /// <summary>Rows in <see cref="ReminderDispatchState.Sending"/> whose attempt began before <paramref name="startedBefore"/>; not tracked.</summary>
    Task<IReadOnlyList<ContractReminderDispatch>> ListAbandonedAsync(DateTime startedBefore, CancellationToken ct = default);

    /// <summary>Pending rows, oldest due first; not tracked (each is claimed from a fresh read).</summary>
    Task<IReadOnlyList<ContractReminderDispatch>> ListPendingAsync(CancellationToken ct = default);

    Task<ContractReminderDispatch?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>A contract's reminders, newest due first; not tracked.</summary>
    Task<IReadOnlyList<ContractReminderDispatch>> ListForContractAsync(Guid contractId, CancellationToken ct = default);
}
