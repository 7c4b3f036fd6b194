using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>dcmtk's storescp at its defaults (Nagle on, single process): Verification only.</summary>
public sealed class StorescpFixture : IAsyncLifetime
{
    public const string AeTitle = "STORESCP";

    private readonly TempFolder folder = new("storescp");
    private PeerProcess? peer;

    public int Port { get; } = FreePort.Next();

    public PeerProcess Peer => peer!;

    public async Task InitializeAsync()
    {
        peer = PeerProcess.Start(
            Binaries.Require("storescp", "dcmtk"),
            ["--aetitle", AeTitle, "--output-directory", folder.Path, Port.ToString(CultureInfo.InvariantCulture)],
            folder.Path);
        await peer.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        if (peer is not null)
        {
            await peer.DisposeAsync();
        }

        folder.Dispose();
    }

    public DicomAssociationOptions Options(string? calledAe = null) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAe = calledAe ?? AeTitle,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AssociationTimeout = TimeSpan.FromSeconds(10),
        DimseTimeout = TimeSpan.FromSeconds(10),
    };
}
