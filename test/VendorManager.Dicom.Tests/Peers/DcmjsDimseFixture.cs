using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// An SCP written with dcmjs-dimse (peers/scp.js): an implementation independent of DCMTK, with its
/// own Implementation Class UID and version name.
/// </summary>
public sealed class DcmjsDimseFixture : IAsyncLifetime
{
    private PeerProcess? peer;

    public int Port { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        var peers = TestPaths.PeersDirectory;
        if (!Directory.Exists(Path.Combine(peers, "node_modules", "dcmjs-dimse")))
        {
            throw new InvalidOperationException(
                $"dcmjs-dimse is not installed in {peers}: run etc/scripts/prepare-dicom-peers.sh (needs the Debian packages 'nodejs' and 'npm')");
        }

        peer = PeerProcess.Start(Binaries.Require("node", "nodejs"), ["scp.js", Port.ToString(CultureInfo.InvariantCulture)], peers);
        await peer.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        if (peer is not null)
        {
            await peer.DisposeAsync();
        }
    }

    public DicomAssociationOptions Options() => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAe = "DCMJS",
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AssociationTimeout = TimeSpan.FromSeconds(10),
        DimseTimeout = TimeSpan.FromSeconds(10),
    };
}
