using VendorManager.TestBase.Servers;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// Where the dcmjs-dimse peer lives: scp.js and package.json are kept in the Dicom test project,
/// node_modules beside them comes from etc/scripts/prepare-dicom-peers.sh. Found through the work
/// tree root, so every test project's output folder reaches the same script.
/// </summary>
public static class DcmjsPeerScript
{
    public const string FileName = "scp.js";

    public static string Directory => Path.Combine(RepositoryPaths.Root, "test", "VendorManager.Dicom.Tests", "peers");

    /// <summary>The script's folder, after checking the script and its one dependency are really there.</summary>
    public static string RequireInstalled()
    {
        var folder = Directory;
        if (!File.Exists(Path.Combine(folder, FileName)))
        {
            throw new InvalidOperationException($"{FileName} is missing from {folder}: the work tree is incomplete");
        }

        if (!System.IO.Directory.Exists(Path.Combine(folder, "node_modules", "dcmjs-dimse")))
        {
            throw new InvalidOperationException(
                $"dcmjs-dimse is not installed in {folder}: run etc/scripts/prepare-dicom-peers.sh (needs the Debian packages 'nodejs' and 'npm')");
        }

        return folder;
    }
}
