namespace VendorManager.Identity;

public static class ApiTokenConsts
{
    public const int MaxNameLength = 128;
    /// <summary>Tokens carry this prefix so a leaked one is recognisable in logs and secret scanners.</summary>
    public const string Prefix = "vm_";
    public const int MaxLifetimeDays = 365;
    public const int SignInTokenLifetimeHours = 8;
}
