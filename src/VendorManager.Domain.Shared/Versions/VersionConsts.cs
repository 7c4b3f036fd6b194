namespace VendorManager.Versions;

public static class VersionConsts
{
    /// <summary>Room for a sloppy peer's UID (PS3.5 says 64) and a product version string.</summary>
    public const int MaxIdentifierLength = 64;
    public const int MaxVersionLength = 64;
    public const int MaxEvidenceTextLength = 512;
    public const int MaxNotificationErrorLength = 512;
}
