using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>Stores probes through the app's own evidence writer, as the probe job does, without a DICOM peer.</summary>
public static class ProbeEvidence
{
    public const string ClassUid = "1.2.826.0.1.3680043.2.1143.107.104.103.115.2.8.4";
    public const string VersionName = "ORTHANC_1_12_4";

    public static async Task RecordAsync(VendorManagerWebFactory factory, Guid nodeId, DateTime at, ProbeState state = ProbeState.Up,
        ProbeReason reason = ProbeReason.Ok, double? latencyMs = 3.2, string? reasonText = null, string? versionName = VersionName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var node = await scope.ServiceProvider.GetRequiredService<IDicomNodeRepository>().GetAsync(nodeId);
        await scope.ServiceProvider.GetRequiredService<ProbeEvidenceWriter>().RecordAsync(node,
            new ProbeObservation(nodeId, at, state, reason, reasonText, latencyMs, ClassUid, versionName), "web test");
    }

    /// <summary>
    /// Forty minutes of a node's life, one probe a minute (the default interval): up, a monitoring
    /// gap, refused for three probes, slow once, then up again until a few seconds ago.
    /// </summary>
    public static async Task RecordEventfulFortyMinutesAsync(VendorManagerWebFactory factory, Guid nodeId)
    {
        var now = DateTime.UtcNow;
        for (var minute = 40; minute >= 36; minute--)
            await RecordAsync(factory, nodeId, now.AddMinutes(-minute), latencyMs: 2.5 + minute % 3);
        for (var minute = 20; minute >= 18; minute--)
            await RecordAsync(factory, nodeId, now.AddMinutes(-minute), ProbeState.Down, ProbeReason.Refused, null, "Connection refused");
        await RecordAsync(factory, nodeId, now.AddMinutes(-17), ProbeState.Degraded, ProbeReason.Slow, 480, "C-ECHO took 480 ms");
        for (var minute = 16; minute >= 1; minute--)
            await RecordAsync(factory, nodeId, now.AddMinutes(-minute), latencyMs: 3 + minute % 4);
        await RecordAsync(factory, nodeId, now.AddSeconds(-5));
    }
}
