using System.Globalization;
using VendorManager.Dicom;
using VendorManager.Evidence;

namespace VendorManager.Probing;

/// <summary>A probe's evidence and the raw DICOM results behind it.</summary>
public sealed record ProbeResult(ProbeObservation Observation, EchoResult Echo, FindResult? Find, string Address)
{
    /// <summary>One line saying how the probe saw the node, kept on version-change records.</summary>
    public string Describe()
        => string.Create(CultureInfo.InvariantCulture,
            $"C-ECHO to {Echo.Peer?.RespondingAe ?? "?"} at {Address} at {Observation.At:yyyy-MM-dd HH:mm:ss.fff}Z: {Echo.Reason}; answered in {Echo.Timings.Total.TotalMilliseconds:0.###} ms; implementation class UID {Observation.ImplementationClassUid ?? "(none)"}, version name {Observation.ImplementationVersionName ?? "(none)"}");
}
