namespace VendorManager.Contracts;

public static class ContractConsts
{
    public const int MaxNumberLength = 64;
    public const int MaxTitleLength = 256;
    public const int MaxTerminationReasonLength = 2000;
    /// <summary>The longest IANA zone id is about 30 characters; this leaves room.</summary>
    public const int MaxTimeZoneIdLength = 64;
    /// <summary>ISO 4217 alphabetic codes.</summary>
    public const int CurrencyLength = 3;
    public const int MaxCoveredNodes = 1000;

    /// <summary>Periods (renewal, notice) are bounded so date arithmetic stays far inside the calendar's range.</summary>
    public const int MaxPeriodDays = 3660;
    public const int MaxPeriodWeeks = 520;
    public const int MaxPeriodMonths = 120;
    public const int MaxPeriodYears = 10;

    public static readonly IReadOnlyList<int> DefaultReminderLeadDays = [90, 60, 30];
    public const int MinReminderLeadDays = 1;
    /// <summary>Two years: enough for the longest notice periods hospitals sign.</summary>
    public const int MaxReminderLeadDays = 730;
    public const int MaxReminderLeads = 10;

    /// <summary>Contract dates outside these years are typing errors; the bound also keeps period arithmetic in range.</summary>
    public const int MinYear = 1950;
    public const int MaxYear = 2199;

    /// <summary>A contract has at most this many terms: 80 years of monthly renewals, 19 of weekly ones.</summary>
    public const int MaxTerms = 1000;
}
