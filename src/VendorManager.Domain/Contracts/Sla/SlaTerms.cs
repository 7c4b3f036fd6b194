using NodaTime;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>
/// What the vendor promises and what it pays when it falls short. An immutable value stored with
/// the contract; to change it, build new terms with <see cref="Create"/> (from <see cref="ToInput"/>
/// with changes) and define them on the contract.
/// </summary>
public sealed class SlaTerms
{
    private const string Prefix = "Sla.";

    private readonly List<CoverageWindow> _coverageWindows = [];
    private readonly List<ServiceCreditTier> _creditTiers = [];
    private readonly List<SeverityTarget> _severityTargets = [];

    public decimal AvailabilityTarget { get; private set; }
    public MeasurementPeriod MeasurementPeriod { get; private set; }
    /// <summary>Null: measured in the contract's zone.</summary>
    public string? TimeZoneId { get; private set; }
    public CoverageKind Coverage { get; private set; }
    public IReadOnlyList<CoverageWindow> CoverageWindows => _coverageWindows;
    public int MinimumOutageMinutes { get; private set; }
    public decimal DegradedWeight { get; private set; }
    public int MaintenanceNoticeHours { get; private set; }
    public IReadOnlyList<ServiceCreditTier> CreditTiers => _creditTiers;
    public decimal? CreditCapPercent { get; private set; }
    public IReadOnlyList<SeverityTarget> SeverityTargets => _severityTargets;
    public int ClaimDeadlineDays { get; private set; }

    private SlaTerms() { }

    /// <summary>Checks every field and throws one <see cref="BusinessValidationException"/> listing all that are wrong.</summary>
    public static SlaTerms Create(SlaTermsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();

        Percent(errors, input.AvailabilityTarget, nameof(AvailabilityTarget), Codes.SlaAvailabilityTargetOutOfRange,
            "The availability target is a percentage above 0 and at most 100, such as 99.9.");
        if (!Enum.IsDefined(input.MeasurementPeriod))
            errors.Add(Prefix + nameof(MeasurementPeriod), Codes.SlaMeasurementPeriodInvalid, "Availability is measured per month or per quarter.");
        string? zone = null;
        if (!string.IsNullOrWhiteSpace(input.TimeZoneId))
        {
            try { zone = ContractTimeZone.Validate(input.TimeZoneId, Prefix + nameof(TimeZoneId)); }
            catch (BusinessException e) { errors.Add(e.Field!, e.Code, e.Message); }
        }
        CheckCoverage(errors, input);
        if (input.MinimumOutageMinutes is < 0 or > SlaConsts.MaxMinimumOutageMinutes)
            errors.Add(Prefix + nameof(MinimumOutageMinutes), Codes.SlaMinimumOutageOutOfRange,
                $"The minimum outage is 0 to {SlaConsts.MaxMinimumOutageMinutes} minutes.");
        if (input.DegradedWeight is < 0 or > 1)
            errors.Add(Prefix + nameof(DegradedWeight), Codes.SlaDegradedWeightOutOfRange, "The degraded weight is between 0 (ignored) and 1 (counts as down).");
        else if (TooPrecise(input.DegradedWeight))
            errors.Add(Prefix + nameof(DegradedWeight), Codes.SlaTooManyDecimals, $"Use at most {SlaConsts.PercentDecimals} decimals.");
        if (input.MaintenanceNoticeHours is < 0 or > SlaConsts.MaxMaintenanceNoticeHours)
            errors.Add(Prefix + nameof(MaintenanceNoticeHours), Codes.SlaMaintenanceNoticeOutOfRange,
                $"The maintenance notice is 0 to {SlaConsts.MaxMaintenanceNoticeHours} hours.");
        CheckCreditTiers(errors, input.CreditTiers ?? []);
        if (input.CreditCapPercent is { } cap)
            Percent(errors, cap, nameof(CreditCapPercent), Codes.SlaCreditCapOutOfRange, "The credit cap is a percentage of the period fee above 0 and at most 100.");
        CheckSeverityTargets(errors, input.SeverityTargets ?? []);
        if (input.ClaimDeadlineDays is < 0 or > SlaConsts.MaxClaimDeadlineDays)
            errors.Add(Prefix + nameof(ClaimDeadlineDays), Codes.SlaClaimDeadlineOutOfRange,
                $"The claim deadline is 0 to {SlaConsts.MaxClaimDeadlineDays} days after the period ends.");
        errors.ThrowIfAny();

        var terms = new SlaTerms
        {
            AvailabilityTarget = input.AvailabilityTarget,
            MeasurementPeriod = input.MeasurementPeriod,
            TimeZoneId = zone,
            Coverage = input.Coverage,
            MinimumOutageMinutes = input.MinimumOutageMinutes,
            DegradedWeight = input.DegradedWeight,
            MaintenanceNoticeHours = input.MaintenanceNoticeHours,
            CreditCapPercent = input.CreditCapPercent,
            ClaimDeadlineDays = input.ClaimDeadlineDays,
        };
        terms._coverageWindows.AddRange((input.CoverageWindows ?? []).OrderBy(w => w.Day).ThenBy(w => w.From));
        terms._creditTiers.AddRange(input.CreditTiers ?? []);
        terms._severityTargets.AddRange((input.SeverityTargets ?? []).OrderBy(t => t.Severity));
        return terms;
    }

    public SlaTermsInput ToInput() => new()
    {
        AvailabilityTarget = AvailabilityTarget,
        MeasurementPeriod = MeasurementPeriod,
        TimeZoneId = TimeZoneId,
        Coverage = Coverage,
        CoverageWindows = [.. _coverageWindows],
        MinimumOutageMinutes = MinimumOutageMinutes,
        DegradedWeight = DegradedWeight,
        MaintenanceNoticeHours = MaintenanceNoticeHours,
        CreditTiers = [.. _creditTiers],
        CreditCapPercent = CreditCapPercent,
        SeverityTargets = [.. _severityTargets],
        ClaimDeadlineDays = ClaimDeadlineDays,
    };

    /// <summary>
    /// The credit for a period's availability, as a percentage of the period fee: the tier of the
    /// lowest threshold the availability is below (availability equal to a threshold is not below
    /// it), then capped. 0 when no tier applies.
    /// </summary>
    public decimal CreditPercentFor(decimal availabilityPercent)
    {
        var credit = 0m;
        foreach (var tier in _creditTiers)
        {
            if (availabilityPercent < tier.BelowPercent) credit = tier.CreditPercent;
        }
        return CreditCapPercent is { } cap ? Math.Min(credit, cap) : credit;
    }

    /// <summary>The credit in the fee's currency, unrounded: rounding is the currency's business, at presentation.</summary>
    public decimal CreditFor(decimal availabilityPercent, decimal periodFee) => periodFee * CreditPercentFor(availabilityPercent) / 100m;

    public SeverityTarget? TargetFor(Severity severity) => _severityTargets.Find(t => t.Severity == severity);

    /// <summary>The last day a credit for the period ending on <paramref name="periodLastDay"/> can be claimed.</summary>
    public LocalDate ClaimDeadlineFor(LocalDate periodLastDay) => periodLastDay.PlusDays(ClaimDeadlineDays);

    private static void CheckCoverage(FieldErrors errors, SlaTermsInput input)
    {
        var field = Prefix + nameof(CoverageWindows);
        var windows = input.CoverageWindows ?? [];
        if (!Enum.IsDefined(input.Coverage))
        {
            errors.Add(Prefix + nameof(Coverage), Codes.SlaCoverageInvalid, "Coverage is 24x7 or a weekly schedule.");
            return;
        }
        if (input.Coverage == CoverageKind.TwentyFourSeven)
        {
            if (windows.Count > 0)
                errors.Add(field, Codes.SlaCoverageWindowInvalid, "24x7 coverage has no weekly windows; choose a weekly schedule to list them.");
            return;
        }
        if (windows.Count == 0)
        {
            errors.Add(field, Codes.SlaCoverageWindowsRequired, "List the weekly hours the SLA covers.");
            return;
        }
        if (windows.Count > SlaConsts.MaxCoverageWindows)
        {
            errors.Add(field, Codes.SlaTooManyCoverageWindows, $"At most {SlaConsts.MaxCoverageWindows} coverage windows.");
            return;
        }
        var valid = new List<(int Index, CoverageWindow Window)>();
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            var at = $"{field}[{i}]";
            if (w is null || !Enum.IsDefined(w.Day))
            {
                errors.Add($"{at}.Day", Codes.SlaCoverageDayInvalid, "Choose a day of the week.");
                continue;
            }
            if (!OnWholeMinute(w.From) || !OnWholeMinute(w.To) || w.FromMinute() >= w.ToMinute())
            {
                errors.Add($"{at}.To", Codes.SlaCoverageWindowInvalid, "A window runs from a time to a later time the same day, in whole minutes (00:00 as the end means midnight).");
                continue;
            }
            valid.Add((i, w));
        }
        foreach (var day in valid.GroupBy(v => v.Window.Day))
        {
            var ordered = day.OrderBy(v => v.Window.FromMinute()).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                if (ordered[k].Window.FromMinute() < ordered[k - 1].Window.ToMinute())
                    errors.Add($"{field}[{ordered[k].Index}].From", Codes.SlaCoverageWindowsOverlap,
                        $"This window overlaps another on {day.Key}.");
            }
        }
    }

    private static void CheckCreditTiers(FieldErrors errors, IReadOnlyList<ServiceCreditTier> tiers)
    {
        var field = Prefix + nameof(CreditTiers);
        if (tiers.Count > SlaConsts.MaxCreditTiers)
        {
            errors.Add(field, Codes.SlaTooManyCreditTiers, $"At most {SlaConsts.MaxCreditTiers} service-credit tiers.");
            return;
        }
        for (var i = 0; i < tiers.Count; i++)
        {
            var at = $"{field}[{i}]";
            var tier = tiers[i];
            if (tier is null)
            {
                errors.Add(at, Codes.SlaCreditThresholdOutOfRange, "A tier needs a threshold and a credit.");
                continue;
            }
            var thresholdOk = Percent(errors, tier.BelowPercent, $"{at}.{nameof(ServiceCreditTier.BelowPercent)}",
                Codes.SlaCreditThresholdOutOfRange, "A tier's threshold is a percentage above 0 and at most 100.", prefixed: false);
            var creditOk = Percent(errors, tier.CreditPercent, $"{at}.{nameof(ServiceCreditTier.CreditPercent)}",
                Codes.SlaCreditOutOfRange, "A tier's credit is a percentage of the period fee above 0 and at most 100.", prefixed: false);
            if (i == 0) continue;
            var previous = tiers[i - 1];
            if (previous is null) continue;
            if (thresholdOk && tier.BelowPercent >= previous.BelowPercent)
                errors.Add($"{at}.{nameof(ServiceCreditTier.BelowPercent)}", Codes.SlaCreditThresholdsNotDescending,
                    "List tiers from the highest threshold down; each threshold must be below the one before.");
            else if (creditOk && tier.CreditPercent <= previous.CreditPercent)
                errors.Add($"{at}.{nameof(ServiceCreditTier.CreditPercent)}", Codes.SlaCreditsNotAscending,
                    "A lower threshold must earn a larger credit than the tier before.");
        }
    }

    private static void CheckSeverityTargets(FieldErrors errors, IReadOnlyList<SeverityTarget> targets)
    {
        var field = Prefix + nameof(SeverityTargets);
        for (var i = 0; i < targets.Count; i++)
        {
            var at = $"{field}[{i}]";
            var t = targets[i];
            if (t is null)
            {
                errors.Add(at, Codes.SlaSeverityInvalid, "A target needs a severity and its times.");
                continue;
            }
            if (!Enum.IsDefined(t.Severity))
                errors.Add($"{at}.{nameof(SeverityTarget.Severity)}", Codes.SlaSeverityInvalid, "Severity is critical, high, medium or low.");
            else if (Enumerable.Range(0, i).Any(j => targets[j]?.Severity == t.Severity))
                errors.Add($"{at}.{nameof(SeverityTarget.Severity)}", Codes.SlaSeverityDuplicate, $"{t.Severity} has targets already.");
            var responseOk = Minutes(errors, t.ResponseMinutes, $"{at}.{nameof(SeverityTarget.ResponseMinutes)}");
            var resolutionOk = Minutes(errors, t.ResolutionMinutes, $"{at}.{nameof(SeverityTarget.ResolutionMinutes)}");
            if (responseOk && resolutionOk && t.ResponseMinutes > t.ResolutionMinutes)
                errors.Add($"{at}.{nameof(SeverityTarget.ResponseMinutes)}", Codes.SlaResponseAfterResolution,
                    "The response target cannot be longer than the resolution target.");
        }
    }

    private static bool Minutes(FieldErrors errors, int minutes, string field)
    {
        if (minutes is > 0 and <= SlaConsts.MaxTargetMinutes) return true;
        errors.Add(field, Codes.SlaTargetOutOfRange, $"A target is 1 to {SlaConsts.MaxTargetMinutes} minutes.");
        return false;
    }

    private static bool Percent(FieldErrors errors, decimal value, string field, string code, string message, bool prefixed = true)
    {
        var path = prefixed ? Prefix + field : field;
        if (value is <= 0 or > 100)
        {
            errors.Add(path, code, message);
            return false;
        }
        if (TooPrecise(value))
        {
            errors.Add(path, Codes.SlaTooManyDecimals, $"Use at most {SlaConsts.PercentDecimals} decimals.");
            return false;
        }
        return true;
    }

    /// <summary>The database keeps 4 decimals; more would be silently rounded on save.</summary>
    private static bool TooPrecise(decimal value) => decimal.Round(value, SlaConsts.PercentDecimals) != value;

    private static bool OnWholeMinute(LocalTime time) => time.Second == 0 && time.TickOfSecond == 0;
}
