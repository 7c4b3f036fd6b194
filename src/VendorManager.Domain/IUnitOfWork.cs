namespace VendorManager;

/// <summary>
/// Saves everything a use case changed in one transaction. Throws <see cref="ConcurrencyConflictException"/>
/// when another save got there first.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct = default);
}
