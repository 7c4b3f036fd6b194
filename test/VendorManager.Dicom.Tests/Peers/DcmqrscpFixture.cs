using System.Globalization;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// dcmtk's dcmqrscp (default fork mode: --single-process crashes after the first release) with
/// one study stored through storescu, and room for 300 simultaneous associations.
/// </summary>
public sealed class DcmqrscpFixture() : PeerFixture(AeTitle, "dcmqrscp")
{
    public const string AeTitle = "TESTQR";

    protected override async Task<PeerProcess> StartAsync()
    {
        var db = Path.Combine(WorkFolder, "db", AeTitle);
        Directory.CreateDirectory(db);
        var config = Path.Combine(WorkFolder, "dcmqrscp.cfg");
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
        return PeerProcess.Start(Binaries.Require("dcmqrscp", "dcmtk"), ["-c", config, Port.ToString(CultureInfo.InvariantCulture)], WorkFolder);
    }

    protected override Task AfterReadyAsync() => StoreTestStudyAsync();
}
