using Hangfire;
using Hangfire.Storage;
using VendorManager.Probing;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>Distributed locks from the job storage: on PostgreSQL they hold across every instance sharing the database.</summary>
internal sealed class HangfireDistributedLockProvider(JobStorage storage) : IDistributedLockProvider
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock(resource, wait);
            return Task.FromResult<IAsyncDisposable?>(new Held(handle, connection));
        }
        catch (DistributedLockTimeoutException)
        {
            connection.Dispose();
            return Task.FromResult<IAsyncDisposable?>(null);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IDisposable handle, IStorageConnection connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            try { handle.Dispose(); }
            finally { connection.Dispose(); }
            return ValueTask.CompletedTask;
        }
    }
}
