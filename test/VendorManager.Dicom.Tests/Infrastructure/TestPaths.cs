namespace VendorManager.Dicom.Tests.Infrastructure;

/// <summary>Locates the work tree (the folder holding VendorManager.sln) and what lives beside it.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VendorManager.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find VendorManager.sln above the test binaries");
    });

    public static string RepoRoot => Root.Value;

    /// <summary>Captured PDUs from real peers, kept in the shared folder beside the work tree.</summary>
    public static string VectorsDirectory
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "dicom", "vectors"));
            if (!Directory.Exists(dir))
            {
                throw new InvalidOperationException($"PDU vectors not found at {dir}: the shared folder must sit beside the work tree");
            }

            return dir;
        }
    }

    /// <summary>package.json and scp.js for the dcmjs-dimse peer; node_modules comes from etc/scripts/prepare-dicom-peers.sh.</summary>
    public static string PeersDirectory => Path.Combine(RepoRoot, "test", "VendorManager.Dicom.Tests", "peers");
}
