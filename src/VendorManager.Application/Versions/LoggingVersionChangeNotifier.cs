using Microsoft.Extensions.Logging;

namespace VendorManager.Versions;

/// <summary>
/// The notifier until one that sends e-mail is registered: it only logs, and leaves the change
/// unmarked, so the UI shows the notification as pending rather than claiming it went out. Without
/// any notifier the host would not start, because the probe job needs one.
/// </summary>
public sealed class LoggingVersionChangeNotifier(ILogger<LoggingVersionChangeNotifier> logger) : IVersionChangeNotifier
{
    public Task NotifyAsync(VersionChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        logger.LogWarning("Version change on node {NodeId} not sent to anyone (no notifier configured): {From} -> {To}",
            change.NodeId, change.From, change.To);
        return Task.CompletedTask;
    }
}
