namespace VendorManager.Versions;

/// <summary>
/// What a node said it is: from an association, the Implementation Class UID and Version Name;
/// from an out-of-band source, the product name and version. Empty strings stand for "not sent",
/// so equality and unique indexes behave the same on every database (no NULLs).
/// </summary>
public readonly record struct NodeVersion
{
    public string Identifier { get; }
    public string Version { get; }

    public NodeVersion(string? identifier, string? version)
    {
        Identifier = Clip(identifier, VersionConsts.MaxIdentifierLength);
        Version = Clip(version, VersionConsts.MaxVersionLength);
    }

    public bool IsEmpty => Identifier.Length == 0 && Version.Length == 0;

    public override string ToString()
        => IsEmpty ? "(nothing)" : Version.Length == 0 ? Identifier : Identifier.Length == 0 ? Version : $"{Version} ({Identifier})";

    // A hostile or sloppy peer decides these strings; the evidence keeps a bounded, trimmed copy.
    private static string Clip(string? value, int max)
    {
        var trimmed = (value ?? "").Trim().TrimEnd('\0');
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
