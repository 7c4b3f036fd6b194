using VendorManager.TestBase.Servers;

namespace VendorManager.Dicom.Tests.Infrastructure;

/// <summary>What the protocol tests read from beside the work tree.</summary>
public static class TestPaths
{
    /// <summary>Captured PDUs from real peers, kept in the shared folder beside the work tree.</summary>
    public static string VectorsDirectory
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "dicom", "vectors"));
            if (!Directory.Exists(dir))
            {
                throw new InvalidOperationException($"PDU vectors not found at {dir}: the shared folder must sit beside the work tree");
            }

            return dir;
        }
    }
}
