using NodaTime;

namespace VendorManager.Contracts;

/// <summary>Inputs into the domain's types; each value keeps the field path it came from, for the error messages.</summary>
internal static class ContractInputMappings
{
    /// <summary>A date the input must carry; the API refuses a missing one earlier, this covers other callers.</summary>
    public static LocalDate Required(DateOnly? date, string field)
        => date is { } d
            ? LocalDate.FromDateOnly(d)
            : throw new BusinessException(VendorManagerErrorCodes.Contracts.DateRequired, $"{field} is required.", field);

    public static ContractPeriod? ToPeriod(this ContractPeriodInput? input, string field)
        => input is null ? null : ContractPeriod.Create(input.Count, input.Unit, field);

    public static SlaTermsInput ToDomain(this SlaInput input) => new()
    {
        AvailabilityTarget = input.AvailabilityTarget,
        MeasurementPeriod = input.MeasurementPeriod,
        TimeZoneId = input.TimeZoneId,
        Coverage = input.Coverage,
        // A null item stays null: SlaTerms reports it at its index.
        CoverageWindows = (input.CoverageWindows ?? [])
            .Select(w => w is null ? null! : new CoverageWindow(w.Day, LocalTime.FromTimeOnly(w.From), LocalTime.FromTimeOnly(w.To))).ToList(),
        MinimumOutageMinutes = input.MinimumOutageMinutes,
        DegradedWeight = input.DegradedWeight,
        MaintenanceNoticeHours = input.MaintenanceNoticeHours,
        CreditTiers = (input.CreditTiers ?? []).Select(t => t is null ? null! : new ServiceCreditTier(t.BelowPercent, t.CreditPercent)).ToList(),
        CreditCapPercent = input.CreditCapPercent,
        SeverityTargets = (input.SeverityTargets ?? [])
            .Select(t => t is null ? null! : new SeverityTarget(t.Severity, t.ResponseMinutes, t.ResolutionMinutes)).ToList(),
        ClaimDeadlineDays = input.ClaimDeadlineDays,
    };
}
