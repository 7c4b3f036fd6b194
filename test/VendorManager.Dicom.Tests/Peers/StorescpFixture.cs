using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>dcmtk's storescp at its defaults (Nagle on, single process): Verification only.</summary>
public sealed class StorescpFixture() : PeerFixture(AeTitle, "storescp")
{
    public const string AeTitle = "STORESCP";

    protected override Task<PeerProcess> StartAsync() => Task.FromResult(PeerProcess.Start(
        Binaries.Require("storescp", "dcmtk"),
        ["--aetitle", AeTitle, "--output-directory", WorkFolder, Port.ToString(CultureInfo.InvariantCulture)],
        WorkFolder));
}
