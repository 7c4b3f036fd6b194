using System.Collections.Concurrent;
using VendorManager.Probing;

namespace VendorManager.TestBase.Fakes;

/// <summary>Real mutual exclusion within one process, for tests without a job storage.</summary>
public sealed class InProcessLockProvider : IDistributedLockProvider
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();

    public async Task<IAsyncDisposable?> TryAcquireAsync(string resource, TimeSpan wait, CancellationToken ct = default)
    {
        var gate = locks.GetOrAdd(resource, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
