namespace VendorManager.Web.Pages.Status;

/// <summary>
/// Whether the version a node announces differs from the one the administrators expect. The
/// expected version is free text, so it may name either the Implementation Version Name or the
/// Implementation Class UID; a match on either is a match.
/// </summary>
public static class VersionCheck
{
    public static bool IsMismatch(string? expected, string? versionName, string? classUid)
    {
        if (string.IsNullOrWhiteSpace(expected) || (versionName is null && classUid is null)) return false;
        var wanted = expected.Trim();
        return !string.Equals(wanted, versionName?.Trim(), StringComparison.OrdinalIgnoreCase)
               && !string.Equals(wanted, classUid?.Trim(), StringComparison.Ordinal);
    }
}
