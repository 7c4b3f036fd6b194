namespace VendorManager.Contracts;

/// <summary>
/// SLA terms as stored. Percentages have up to 4 decimals. <see cref="TimeZoneId"/> null means the
/// contract's zone. A coverage window runs from <c>From</c> up to <c>To</c> on one weekday; a
/// <c>To</c> of 00:00 means the end of that day.
/// </summary>
public sealed record SlaTermsDto(
    decimal AvailabilityTarget,
    MeasurementPeriod MeasurementPeriod,
    string? TimeZoneId,
    CoverageKind Coverage,
    IReadOnlyList<CoverageWindowDto> CoverageWindows,
    int MinimumOutageMinutes,
    decimal DegradedWeight,
    int MaintenanceNoticeHours,
    IReadOnlyList<ServiceCreditTierDto> CreditTiers,
    decimal? CreditCapPercent,
    IReadOnlyList<SeverityTargetDto> SeverityTargets,
    int ClaimDeadlineDays);

public sealed record CoverageWindowDto(DayOfWeek Day, TimeOnly From, TimeOnly To);

public sealed record ServiceCreditTierDto(decimal BelowPercent, decimal CreditPercent);

public sealed record SeverityTargetDto(Severity Severity, int ResponseMinutes, int ResolutionMinutes);
