using System.Globalization;
using VendorManager.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// A tiny Secondary Capture instance (no pixel data) made with dcmtk's dump2dcm and sent with
/// storescu, so query peers hold one study whose attributes the tests know.
/// </summary>
public static class TestStudy
{
    public const string StudyInstanceUid = DicomImplementation.UidRoot + ".7.1";
    public const string PatientId = "VM0001";
    public const string PatientName = "VENDOR^TEST";
    public const string StudyDate = "20240315";
    public const string AccessionNumber = "ACC0001";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    public static async Task<string> CreateFileAsync(string folder)
    {
        var dump = Path.Combine(folder, "study.dump");
        var file = Path.Combine(folder, "study.dcm");
        await File.WriteAllTextAsync(dump, $"""
            (0008,0016) UI =SecondaryCaptureImageStorage
            (0008,0018) UI [{DicomImplementation.UidRoot}.7.3]
            (0008,0020) DA [{StudyDate}]
            (0008,0030) TM [101500]
            (0008,0050) SH [{AccessionNumber}]
            (0008,0060) CS [OT]
            (0010,0010) PN [{PatientName}]
            (0010,0020) LO [{PatientId}]
            (0020,000d) UI [{StudyInstanceUid}]
            (0020,000e) UI [{DicomImplementation.UidRoot}.7.2]
            (0020,0010) SH [1]
            (0020,0011) IS [1]
            (0020,0013) IS [1]
            """);
        await ProcessRunner.RunAsync(Binaries.Require("dump2dcm", "dcmtk"), ["--write-xfer-little", dump, file], ToolTimeout);
        return file;
    }

    public static Task StoreAsync(string file, int port, string calledAe) =>
        ProcessRunner.RunAsync(Binaries.Require("storescu", "dcmtk"),
            ["-aec", calledAe, "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), file], ToolTimeout);
}
