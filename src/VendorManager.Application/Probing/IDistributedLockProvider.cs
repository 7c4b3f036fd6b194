namespace VendorManager.Probing;

/// <summary>
/// A lock every app instance sharing the database respects. The Web host implements it with the
/// job storage's distributed locks; jobs stay free of Hangfire types.
/// </summary>
public interface IDistributedLockProvider
{
    /// <summary>The lock, or null when someone else holds it and it did not come free within <paramref name="wait"/>.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken ct = default);
}
