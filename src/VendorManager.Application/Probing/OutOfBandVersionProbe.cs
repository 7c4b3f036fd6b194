using System.Globalization;
using Microsoft.Extensions.Logging;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Nodes.VersionSources;
using VendorManager.Versions;

namespace VendorManager.Probing;

/// <summary>
/// Reads a node's product version from its out-of-band source (Orthanc's /system) and records it
/// beside the association's toolkit version. A failing source is logged, never fatal to the probe.
/// </summary>
public sealed class OutOfBandVersionProbe(
    OrthancSystemVersionReader orthanc,
    VersionSourceSecrets secrets,
    ProbeEvidenceWriter writer,
    TimeProvider clock,
    ILogger<OutOfBandVersionProbe> logger)
{
    public async Task<VersionChange?> ProbeAsync(DicomNode node, CancellationToken ct = default)
    {
        var source = node.VersionSource;
        if (source.Kind != OutOfBandVersionKind.OrthancHttp || source.BaseUrl is null) return null;

        var at = clock.GetUtcNow().UtcDateTime;
        var credentials = source.UserName is { } user ? new HttpBasicCredentials(user, secrets.TryUnprotect(source.ProtectedPassword) ?? "") : null;
        var result = await orthanc.ReadAsync(source.BaseUrl, credentials, ct);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Node {Node}: version source {Url} failed: {Failure} {Reason}", node.Name, source.BaseUrl, result.Failure, result.Reason);
            return null;
        }

        var description = string.Create(CultureInfo.InvariantCulture,
            $"GET {source.BaseUrl}/system at {at:yyyy-MM-dd HH:mm:ss.fff}Z: {result.ProductName} {result.Version}, instance {result.InstanceName ?? "?"}, AE {result.DicomAeTitle ?? "?"}, API {result.ApiVersion?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
        return await writer.RecordOutOfBandVersionAsync(node.Id, VersionSource.OrthancHttp, new NodeVersion(result.ProductName, result.Version),
            at, description, ct);
    }
}
