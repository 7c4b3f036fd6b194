using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// An SCP written with dcmjs-dimse (peers/scp.js): an implementation independent of DCMTK, with its
/// own Implementation Class UID and version name.
/// </summary>
public sealed class DcmjsDimseFixture() : PeerFixture("DCMJS", workFolderPrefix: null)
{
    protected override Task<PeerProcess> StartAsync()
    {
        var peers = TestPaths.PeersDirectory;
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "dcmjs-dimse")))
        {
            throw new InvalidOperationException(
                $"dcmjs-dimse is not installed in {peers}: run etc/scripts/prepare-dicom-peers.sh (needs the Debian packages 'nodejs' and 'npm')");
        }

        return Task.FromResult(PeerProcess.Start(Binaries.Require("node", "nodejs"), ["scp.js", Port.ToString(CultureInfo.InvariantCulture)], peers));
    }
}
