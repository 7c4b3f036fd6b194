using System.Globalization;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// dcmtk's dcmqrscp in its default fork mode (--single-process crashes after the first release),
/// with room for 300 simultaneous associations. Its database stays in the work folder across restarts.
/// </summary>
public sealed class DcmqrscpPeer(int? port = null, string aeTitle = DcmqrscpPeer.DefaultAeTitle) : DicomPeer(aeTitle, port, "dcmqrscp")
{
    public const string DefaultAeTitle = "TESTQR";

    protected override async Task<PeerProcess> LaunchAsync()
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
}
