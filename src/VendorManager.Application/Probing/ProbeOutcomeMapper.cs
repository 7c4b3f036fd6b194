using System.Globalization;
using VendorManager.Dicom;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.Probing;

/// <summary>Turns what the DICOM client saw into evidence: the node's state and why, by the node's degraded rules.</summary>
public static class ProbeOutcomeMapper
{
    public static ProbeObservation ToObservation(Guid nodeId, DateTime at, ProbeSettings settings, EchoResult echo, FindResult? find)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(echo);
        var uid = Clip(echo.Peer?.ImplementationClassUid, EvidenceConsts.MaxImplementationClassUidLength);
        var version = Clip(echo.Peer?.ImplementationVersionName, EvidenceConsts.MaxImplementationVersionNameLength);
        var latencyMs = echo.Timings.Total.TotalMilliseconds;

        if (!echo.IsSuccess)
            return new ProbeObservation(nodeId, at, ProbeState.Down, DownReason(echo.Outcome), Clip(echo.Reason, EvidenceConsts.MaxReasonTextLength),
                latencyMs, uid, version);

        if (find is { IsSuccess: false } && settings.DegradedWhenFindFails)
            return new ProbeObservation(nodeId, at, ProbeState.Degraded, ProbeReason.FindFailed,
                Clip($"C-ECHO worked but C-FIND failed: {find.Reason}", EvidenceConsts.MaxReasonTextLength), latencyMs, uid, version);

        if (settings.DegradedLatencyMs is { } limit && latencyMs > limit)
            return new ProbeObservation(nodeId, at, ProbeState.Degraded, ProbeReason.Slow,
                string.Create(CultureInfo.InvariantCulture, $"answered in {latencyMs:0.#} ms, above the {limit} ms threshold"), latencyMs, uid, version);

        return new ProbeObservation(nodeId, at, ProbeState.Up, ProbeReason.Ok, null, latencyMs, uid, version);
    }

    public static ProbeReason DownReason(DicomOutcome outcome) => outcome switch
    {
        DicomOutcome.ConnectionRefused => ProbeReason.Refused,
        DicomOutcome.NetworkError => ProbeReason.NetworkError,
        DicomOutcome.TimedOut => ProbeReason.TimedOut,
        DicomOutcome.Rejected => ProbeReason.Rejected,
        DicomOutcome.Aborted => ProbeReason.Aborted,
        DicomOutcome.ConnectionClosed => ProbeReason.ConnectionClosed,
        DicomOutcome.ProtocolError => ProbeReason.ProtocolError,
        DicomOutcome.NoAcceptedContext => ProbeReason.NoAcceptedContext,
        DicomOutcome.DimseFailure => ProbeReason.DimseFailure,
        _ => ProbeReason.ProtocolError,
    };

    // The peer chooses these strings; evidence keeps bounded, printable copies.
    private static string? Clip(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = new string(value.Trim().Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return text.Length <= max ? text : text[..max];
    }
}
