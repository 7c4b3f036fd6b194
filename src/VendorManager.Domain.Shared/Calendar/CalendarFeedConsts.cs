namespace VendorManager.Calendar;

public static class CalendarFeedConsts
{
    public const int MaxNameLength = 128;
    /// <summary>Feed secrets carry this prefix so a leaked calendar URL is recognisable in logs and secret scanners.</summary>
    public const string Prefix = "vmcal_";
    /// <summary>The prefix and 43 base64url characters (32 random bytes); anything longer is not ours and is not looked up.</summary>
    public const int SecretLength = 49;
    /// <summary>Feeds a person may hold unrevoked at once: one per calendar client is plenty, and each is a standing credential.</summary>
    public const int MaxActivePerUser = 20;
}
