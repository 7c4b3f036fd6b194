namespace VendorManager.Contracts;

/// <summary>
/// Moves a reminder log row from one state to the next when several instances may be at it at once:
/// the row is read afresh, the move applies only if the row is still as expected, and the save is
/// conditional on the row's revision, so of two instances exactly one wins and the other sees null.
/// The planner, the sender and the settling of abandoned attempts all move rows this way.
/// </summary>
public sealed class ContractReminderLogWriter(IContractReminderDispatchRepository log, IUnitOfWork unitOfWork)
{
    /// <summary>
    /// Applies <paramref name="change"/> to the row read afresh if <paramref name="expected"/> holds, and saves it.
    /// Returns the saved row, or null when it is gone, not as expected, or another instance saved first.
    /// </summary>
    /// <param name="keepTracking">Keep the saved row tracked, for a caller that moves it again (the outcome after a send).</param>
    public async Task<ContractReminderDispatch?> TryChangeAsync(Guid id, Func<ContractReminderDispatch, bool> expected,
        Action<ContractReminderDispatch> change, CancellationToken ct, bool keepTracking = false)
    {
        var saved = false;
        try
        {
            var row = await log.FindAsync(id, ct);
            if (row is null || !expected(row)) return null;
            change(row);
            saved = await TrySaveAsync(ct);
            return saved ? row : null;
        }
        finally
        {
            if (!saved || !keepTracking) unitOfWork.DiscardChanges();
        }
    }

    /// <summary>Saves the tracked changes; false (and nothing tracked) when another instance saved the row first.</summary>
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            unitOfWork.DiscardChanges();
            return false;
        }
    }
}
