namespace VendorManager.Contracts;

/// <summary>When the SLA's availability promise applies.</summary>
public enum CoverageKind
{
    /// <summary>Every minute of the measurement period.</summary>
    TwentyFourSeven = 0,
    /// <summary>Only inside the weekly schedule's windows, in the SLA's time zone.</summary>
    WeeklySchedule = 1,
}
