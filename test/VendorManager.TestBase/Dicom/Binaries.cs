namespace VendorManager.TestBase.Dicom;

/// <summary>
/// Finds a peer's executable. A missing one fails the test (never skips it) and names the Debian
/// package, because a skipped interoperability test proves nothing.
/// </summary>
public static class Binaries
{
    public static string Require(string name, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var folders = path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(["/usr/bin", "/usr/sbin", "/usr/local/bin"]);
        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{name}' is not installed: install the Debian package '{debianPackage}' (etc/scripts/prepare-dicom-peers.sh does this)");
    }
}
