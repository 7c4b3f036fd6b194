using Microsoft.Extensions.Logging;
using VendorManager.ApiTokens;

namespace VendorManager.Jobs;

/// <summary>Recurring: deletes API tokens that expired or were revoked more than the grace period ago.</summary>
public sealed class PurgeExpiredApiTokensJob(IApiTokenAppService tokens, ILogger<PurgeExpiredApiTokensJob> logger)
{
    public const string RecurringJobId = "purge-expired-api-tokens";

    public async Task ExecuteAsync(CancellationToken ct = default)
    {
        var deleted = await tokens.PurgeExpiredAsync(ct);
        logger.LogInformation("Purged {Count} expired or revoked API token(s)", deleted);
    }
}
