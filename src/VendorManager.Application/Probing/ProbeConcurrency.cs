using Microsoft.Extensions.Options;

namespace VendorManager.Probing;

/// <summary>Probes running at once in this instance, across all batches: <see cref="ProbingOptions.MaxConcurrency"/>.</summary>
public sealed class ProbeConcurrency(IOptions<ProbingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(options.Value.MaxConcurrency, options.Value.MaxConcurrency);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        return new Exit(gate);
    }

    public void Dispose() => gate.Dispose();

    private sealed class Exit(SemaphoreSlim gate) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0) gate.Release();
        }
    }
}
