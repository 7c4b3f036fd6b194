using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Evidence;
using VendorManager.Probing;

namespace VendorManager.Jobs;

/// <summary>Recurring: deletes raw samples past the retention period. Intervals and rollups stay, so uptime answers do not change.</summary>
public sealed class PruneRawSamplesJob(IEvidenceRepository evidence, IOptions<ProbingOptions> options, TimeProvider clock,
    ILogger<PruneRawSamplesJob> logger)
{
    public const string RecurringJobId = "prune-raw-samples";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RawRetentionDays);
        var deleted = await evidence.DeleteRawBlocksBeforeAsync(cutoff, ct);
        logger.LogInformation("Pruned {Count} raw sample block(s) older than {Cutoff:O}", deleted, cutoff);
        return deleted;
    }
}
