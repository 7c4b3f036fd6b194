using System.Globalization;

namespace VendorManager.TestBase.Dicom;

/// <summary>dcmtk's storescp at its defaults (Nagle on, single process): Verification and storage.</summary>
public sealed class StorescpPeer(int? port = null, string aeTitle = StorescpPeer.DefaultAeTitle) : DicomPeer(aeTitle, port, "storescp")
{
    public const string DefaultAeTitle = "STORESCP";

    protected override Task<PeerProcess> LaunchAsync() => Task.FromResult(PeerProcess.Start(
        Binaries.Require("storescp", "dcmtk"),
        ["--aetitle", AeTitle, "--output-directory", WorkFolder, Port.ToString(CultureInfo.InvariantCulture)],
        WorkFolder));
}
