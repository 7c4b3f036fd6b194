namespace VendorManager.Calendar;

public interface IContractCalendarRepository
{
    /// <summary>
    /// Contracts not deleted that may still have deadlines: those listed as terminated or expired
    /// are left out in the query (neither status can end with time alone, and an edit refreshes the
    /// listing), the rest the date engine judges. Terms in sequence order; no reminder lead times
    /// (they change the status between active and in notice period, never the dates).
    /// </summary>
    Task<IReadOnlyList<ContractCalendarRow>> ListRunningAsync(CancellationToken ct = default);
}
