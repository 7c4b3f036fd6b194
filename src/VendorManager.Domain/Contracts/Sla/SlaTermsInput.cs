namespace VendorManager.Contracts;

/// <summary>
/// SLA terms as entered, not yet checked: <see cref="SlaTerms.Create"/> validates the whole of it
/// and reports every broken field at once.
/// </summary>
public sealed record SlaTermsInput
{
    /// <summary>Percent, in (0, 100], at most 4 decimals: 99.9 for "three nines".</summary>
    public decimal AvailabilityTarget { get; init; }
    public MeasurementPeriod MeasurementPeriod { get; init; }
    /// <summary>IANA zone the periods and coverage hours are read in; null for the contract's own.</summary>
    public string? TimeZoneId { get; init; }
    public CoverageKind Coverage { get; init; }
    /// <summary>The weekly schedule; must be empty for 24x7 coverage.</summary>
    public IReadOnlyList<CoverageWindow> CoverageWindows { get; init; } = [];
    /// <summary>Outages shorter than this many minutes do not count (blips).</summary>
    public int MinimumOutageMinutes { get; init; }
    /// <summary>How much a degraded minute counts as downtime, 0 to 1.</summary>
    public decimal DegradedWeight { get; init; }
    /// <summary>A maintenance window announced at least this many hours before it starts is excluded.</summary>
    public int MaintenanceNoticeHours { get; init; }
    /// <summary>Highest threshold first; credits grow as thresholds fall.</summary>
    public IReadOnlyList<ServiceCreditTier> CreditTiers { get; init; } = [];
    /// <summary>The most credit one period can earn, percent of the period fee; null: no cap below 100 %.</summary>
    public decimal? CreditCapPercent { get; init; }
    public IReadOnlyList<SeverityTarget> SeverityTargets { get; init; } = [];
    /// <summary>Credits must be claimed within this many days after the period's last day.</summary>
    public int ClaimDeadlineDays { get; init; }
}
