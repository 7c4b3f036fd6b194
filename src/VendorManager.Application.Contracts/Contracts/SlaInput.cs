namespace VendorManager.Contracts;

/// <summary>
/// SLA terms as entered. The whole input is checked at once and every broken field is reported,
/// by its path (e.g. sla.creditTiers[1].belowPercent).
/// </summary>
public class SlaInput
{
    /// <summary>Percent in (0, 100], at most 4 decimals, e.g. 99.9.</summary>
    public decimal AvailabilityTarget { get; set; }

    public MeasurementPeriod MeasurementPeriod { get; set; }

    /// <summary>IANA zone for periods and coverage hours; null for the contract's zone.</summary>
    public string? TimeZoneId { get; set; }

    public CoverageKind Coverage { get; set; }

    /// <summary>The weekly schedule for <see cref="CoverageKind.WeeklySchedule"/>; empty for 24x7.</summary>
    public List<CoverageWindowInput> CoverageWindows { get; set; } = [];

    /// <summary>Outages shorter than this do not count.</summary>
    public int MinimumOutageMinutes { get; set; }

    /// <summary>How much a degraded minute counts as downtime, 0 to 1.</summary>
    public decimal DegradedWeight { get; set; }

    /// <summary>A maintenance window announced at least this many hours ahead is excluded from the period.</summary>
    public int MaintenanceNoticeHours { get; set; }

    /// <summary>Highest threshold first: below each threshold the credit (percent of the period fee) grows.</summary>
    public List<ServiceCreditTierInput> CreditTiers { get; set; } = [];

    public decimal? CreditCapPercent { get; set; }

    public List<SeverityTargetInput> SeverityTargets { get; set; } = [];

    /// <summary>Credits must be claimed within this many days after the period ends.</summary>
    public int ClaimDeadlineDays { get; set; }
}

/// <summary>The body of PUT /api/contracts/{id}/sla: the terms and, optionally, the stamp read with the contract.</summary>
public sealed class DefineSlaInput : SlaInput
{
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>One weekday's covered hours, From up to To in whole minutes; a To of 00:00 means midnight at the day's end.</summary>
public sealed class CoverageWindowInput
{
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
}

public sealed class ServiceCreditTierInput
{
    public decimal BelowPercent { get; set; }
    public decimal CreditPercent { get; set; }
}

public sealed class SeverityTargetInput
{
    public Severity Severity { get; set; }
    public int ResponseMinutes { get; set; }
    public int ResolutionMinutes { get; set; }
}
