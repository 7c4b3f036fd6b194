using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VendorManager.Contracts;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// The SLA form as posted: list rows left blank are spare rows and are not sent; a half-filled row
/// is the form's own error. Everything else is judged by the domain, all fields at once.
/// </summary>
public sealed class SlaForm
{
    [Required(ErrorMessage = "Give the availability target, such as 99.9.")]
    public decimal? AvailabilityTarget { get; set; }

    public MeasurementPeriod MeasurementPeriod { get; set; }

    /// <summary>Empty: the contract's zone.</summary>
    public string? TimeZoneId { get; set; }

    public CoverageKind Coverage { get; set; }
    public List<WindowRow> CoverageWindows { get; set; } = [];

    [Required(ErrorMessage = "Give the minimum outage in minutes (0 counts every outage).")]
    public int? MinimumOutageMinutes { get; set; }

    [Required(ErrorMessage = "Give the weight of degraded time, from 0 (ignored) to 1 (counts as down).")]
    public decimal? DegradedWeight { get; set; }

    [Required(ErrorMessage = "Give the notice in hours a maintenance window needs (0 for none).")]
    public int? MaintenanceNoticeHours { get; set; }

    public List<TierRow> CreditTiers { get; set; } = [];
    public decimal? CreditCapPercent { get; set; }

    /// <summary>One row per severity, always all four; a row left blank sets no target.</summary>
    public List<SeverityRow> SeverityTargets { get; set; } = [];

    [Required(ErrorMessage = "Give the days after a period within which credits must be claimed.")]
    public int? ClaimDeadlineDays { get; set; }

    public string? ConcurrencyStamp { get; set; }

    /// <summary>Which form row each item sent came from, for the domain's error paths.</summary>
    [BindNever]
    public FieldPathMap FieldMap { get; } = new FieldPathMap("Input.", "Sla.")
        .Fields(nameof(AvailabilityTarget), nameof(MeasurementPeriod), nameof(TimeZoneId), nameof(Coverage), nameof(CoverageWindows),
            nameof(MinimumOutageMinutes), nameof(DegradedWeight), nameof(MaintenanceNoticeHours), nameof(CreditTiers), nameof(CreditCapPercent),
            nameof(SeverityTargets), nameof(ClaimDeadlineDays));

    public static SlaForm New() => new SlaForm { Coverage = CoverageKind.TwentyFourSeven }.WithSpareRows();

    public static SlaForm From(SlaTermsDto s, string? stamp) => new SlaForm
    {
        AvailabilityTarget = s.AvailabilityTarget,
        MeasurementPeriod = s.MeasurementPeriod,
        TimeZoneId = s.TimeZoneId,
        Coverage = s.Coverage,
        CoverageWindows = s.CoverageWindows.Select(w => new WindowRow { Day = w.Day, From = w.From, To = w.To }).ToList(),
        MinimumOutageMinutes = s.MinimumOutageMinutes,
        DegradedWeight = s.DegradedWeight,
        MaintenanceNoticeHours = s.MaintenanceNoticeHours,
        CreditTiers = s.CreditTiers.Select(t => new TierRow { BelowPercent = t.BelowPercent, CreditPercent = t.CreditPercent }).ToList(),
        CreditCapPercent = s.CreditCapPercent,
        SeverityTargets = s.SeverityTargets
            .Select(t => new SeverityRow { Severity = t.Severity, ResponseMinutes = t.ResponseMinutes, ResolutionMinutes = t.ResolutionMinutes }).ToList(),
        ClaimDeadlineDays = s.ClaimDeadlineDays,
        ConcurrencyStamp = stamp,
    }.WithSpareRows();

    /// <summary>
    /// Rows to type into without a script: a row per weekday that has no window yet (a weekly
    /// schedule is mostly one window a day), two spare credit tiers, and every severity.
    /// </summary>
    public SlaForm WithSpareRows()
    {
        var days = Enum.GetValues<DayOfWeek>().OrderBy(d => ((int)d + 6) % 7);
        var windows = days.SelectMany(day => CoverageWindows.Where(w => w.Day == day).DefaultIfEmpty(new WindowRow { Day = day })).ToList();
        CoverageWindows = [.. windows, .. CoverageWindows.Where(w => w.Day is null)];
        CreditTiers = [.. CreditTiers, new TierRow(), new TierRow()];
        SeverityTargets = Enum.GetValues<Severity>()
            .Select(s => SeverityTargets.Find(t => t.Severity == s) ?? new SeverityRow { Severity = s }).ToList();
        return this;
    }

    /// <summary>The input for the service, or null when a row is half filled (its error added at the missing field).</summary>
    public DefineSlaInput? ToInput(ModelStateDictionary modelState)
    {
        var input = new DefineSlaInput
        {
            AvailabilityTarget = AvailabilityTarget ?? 0,
            MeasurementPeriod = MeasurementPeriod,
            TimeZoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? null : TimeZoneId,
            Coverage = Coverage,
            MinimumOutageMinutes = MinimumOutageMinutes ?? 0,
            DegradedWeight = DegradedWeight ?? 0,
            MaintenanceNoticeHours = MaintenanceNoticeHours ?? 0,
            CreditCapPercent = CreditCapPercent,
            ClaimDeadlineDays = ClaimDeadlineDays ?? 0,
            ConcurrencyStamp = ConcurrencyStamp,
        };
        var complete = true;
        // With 24x7 coverage the schedule's rows mean nothing: they are kept in the form, not sent.
        for (var i = 0; Coverage == CoverageKind.WeeklySchedule && i < CoverageWindows.Count; i++)
        {
            var w = CoverageWindows[i];
            if (w.From is null && w.To is null) continue;
            complete &= Both(modelState, $"Input.CoverageWindows[{i}]", w.From, nameof(w.From), w.To, nameof(w.To), "Give the window's start and end, or neither.");
            if (w.Day is null)
            {
                modelState.AddModelError($"Input.CoverageWindows[{i}].Day", "Choose the window's day.");
                complete = false;
            }
            if (w is { Day: { } day, From: { } from, To: { } to })
            {
                FieldMap.Sent(nameof(CoverageWindows), i);
                input.CoverageWindows.Add(new CoverageWindowInput { Day = day, From = from, To = to });
            }
        }
        for (var i = 0; i < CreditTiers.Count; i++)
        {
            var t = CreditTiers[i];
            if (t.BelowPercent is null && t.CreditPercent is null) continue;
            complete &= Both(modelState, $"Input.CreditTiers[{i}]", t.BelowPercent, nameof(t.BelowPercent), t.CreditPercent, nameof(t.CreditPercent),
                "Give the tier's threshold and credit, or neither.");
            if (t is { BelowPercent: { } below, CreditPercent: { } credit })
            {
                FieldMap.Sent(nameof(CreditTiers), i);
                input.CreditTiers.Add(new ServiceCreditTierInput { BelowPercent = below, CreditPercent = credit });
            }
        }
        for (var i = 0; i < SeverityTargets.Count; i++)
        {
            var t = SeverityTargets[i];
            if (t.ResponseMinutes is null && t.ResolutionMinutes is null) continue;
            complete &= Both(modelState, $"Input.SeverityTargets[{i}]", t.ResponseMinutes, nameof(t.ResponseMinutes), t.ResolutionMinutes, nameof(t.ResolutionMinutes),
                "Give both targets for this severity, or neither.");
            if (t is { ResponseMinutes: { } response, ResolutionMinutes: { } resolution })
            {
                FieldMap.Sent(nameof(SeverityTargets), i);
                input.SeverityTargets.Add(new SeverityTargetInput { Severity = t.Severity, ResponseMinutes = response, ResolutionMinutes = resolution });
            }
        }
        return complete ? input : null;
    }

    private static bool Both<TA, TB>(ModelStateDictionary modelState, string row, TA? a, string aName, TB? b, string bName, string message)
        where TA : struct where TB : struct
    {
        if (a is null) modelState.AddModelError($"{row}.{aName}", message);
        if (b is null) modelState.AddModelError($"{row}.{bName}", message);
        return a is not null && b is not null;
    }

    public sealed class WindowRow
    {
        public DayOfWeek? Day { get; set; }
        public TimeOnly? From { get; set; }
        public TimeOnly? To { get; set; }
    }

    public sealed class TierRow
    {
        public decimal? BelowPercent { get; set; }
        public decimal? CreditPercent { get; set; }
    }

    public sealed class SeverityRow
    {
        public Severity Severity { get; set; }
        public int? ResponseMinutes { get; set; }
        public int? ResolutionMinutes { get; set; }
    }
}
