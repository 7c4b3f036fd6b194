using System.Globalization;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// An SCP written with dcmjs-dimse (scp.js, see <see cref="DcmjsPeerScript"/>): an implementation
/// independent of DCMTK, with its own Implementation Class UID and version name. It answers any
/// called AE title, so it can stand in for another peer on that peer's port.
/// </summary>
public sealed class DcmjsDimsePeer(int? port = null, string aeTitle = DcmjsDimsePeer.DefaultAeTitle) : DicomPeer(aeTitle, port, "dcmjs")
{
    public const string DefaultAeTitle = "DCMJS";

    protected override Task<PeerProcess> LaunchAsync()
    {
        var folder = DcmjsPeerScript.RequireInstalled();
        return Task.FromResult(PeerProcess.Start(
            Binaries.Require("node", "nodejs"), [DcmjsPeerScript.FileName, Port.ToString(CultureInfo.InvariantCulture)], folder));
    }
}
