namespace VendorManager.Contracts;

public static class SlaConsts
{
    /// <summary>Percentages are kept to 4 decimals (99.9999 %); store them with that scale.</summary>
    public const int PercentDecimals = 4;
    /// <summary>A day: a longer minimum would leave real outages uncounted.</summary>
    public const int MaxMinimumOutageMinutes = 1440;
    /// <summary>A year of notice for maintenance is the most any contract asks.</summary>
    public const int MaxMaintenanceNoticeHours = 8760;
    public const int MaxClaimDeadlineDays = 365;
    public const int MaxCreditTiers = 10;
    public const int MaxCoverageWindows = 28;
    /// <summary>A target of a year (525,600 minutes) is the longest meaningful response or resolution time.</summary>
    public const int MaxTargetMinutes = 525_600;
}
