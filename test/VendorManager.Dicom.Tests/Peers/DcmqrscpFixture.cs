using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// dcmtk's dcmqrscp (default fork mode: --single-process crashes after the first release) with
/// one study stored through storescu, and room for 300 simultaneous associations.
/// </summary>
public sealed class DcmqrscpFixture : IAsyncLifetime
{
    public const string AeTitle = "TESTQR";

    private readonly TempFolder folder = new("dcmqrscp");
    private PeerProcess? peer;

    public int Port { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        var db = Path.Combine(folder.Path, "db", AeTitle);
        Directory.CreateDirectory(db);
        var config = Path.Combine(folder.Path, "dcmqrscp.cfg");
        await File.WriteAllTextAsync(config, $"""
            NetworkTCPPort  = {Port}
            MaxPDUSize      = 16384
            MaxAssociations = 300
            HostTable BEGIN
            HostTable END
            VendorTable BEGIN
            VendorTable END
            AETable BEGIN
            {AeTitle}     {db}  RW  (100, 1024mb)  ANY
            AETable END

            """);
        peer = PeerProcess.Start(Binaries.Require("dcmqrscp", "dcmtk"), ["-c", config, Port.ToString(CultureInfo.InvariantCulture)], folder.Path);
        await peer.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));
        var file = await TestStudy.CreateFileAsync(folder.Path);
        await TestStudy.StoreAsync(file, Port, AeTitle, folder.Path);
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
