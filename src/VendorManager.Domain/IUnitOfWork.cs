namespace VendorManager;

/// <summary>
/// Saves everything a use case changed in one transaction. Throws <see cref="ConcurrencyConflictException"/>
/// when another save got there first.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct = default);

    /// <summary>Forgets every change not yet saved, e.g. after a failed save, so the use case can start over from the database.</summary>
    void DiscardChanges();
}
