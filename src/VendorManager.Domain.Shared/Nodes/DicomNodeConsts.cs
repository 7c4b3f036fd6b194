namespace VendorManager.Nodes;

public static class DicomNodeConsts
{
    public const int MaxNameLength = 128;
    /// <summary>PS3.5: an AE title is at most 16 characters.</summary>
    public const int MaxAeTitleLength = 16;
    /// <summary>RFC 1123: a host name is at most 253 characters.</summary>
    public const int MaxHostLength = 253;
    public const int MaxSiteLength = 128;
    public const int MaxExpectedVersionLength = 64;
    public const int MinIntervalSeconds = 10;
    public const int MaxIntervalSeconds = 86_400;
    public const int DefaultIntervalSeconds = 60;
    public const int MaxDegradedLatencyMs = 60_000;
    public const string DefaultCallingAeTitle = "VENDORMGR";
    /// <summary>A CSV import is refused above this many rows; registries are hundreds, not millions.</summary>
    public const int MaxImportRows = 10_000;
    public const int MaxVersionSourceUrlLength = 512;
    public const int MaxVersionSourceUserNameLength = 128;
    /// <summary>The password as Data Protection stores it (base64 of the encrypted bytes).</summary>
    public const int MaxProtectedPasswordLength = 1024;
}
