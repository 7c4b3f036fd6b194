using VendorManager.Contracts;

namespace VendorManager.TestBase.Builders;

/// <summary>
/// A valid contract input by default: a one-year maintenance contract from 1 January 2026,
/// renewing automatically for a year with three months' notice. Tests change only what they are about.
/// </summary>
public sealed class ContractInputBuilder(Guid vendorId, Guid ownerId)
{
    private string _number = "SC-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private string? _title = "PACS maintenance";
    private ContractKind _kind = ContractKind.ServiceMaintenance;
    private Guid _ownerId = ownerId;
    private string? _timeZoneId;
    private DateOnly _start = new(2026, 1, 1);
    private DateOnly _end = new(2026, 12, 31);
    private RenewalKind _renewal = RenewalKind.Automatic;
    private ContractPeriodInput? _renewalPeriod = new() { Count = 1, Unit = PeriodUnit.Years };
    private ContractPeriodInput? _noticePeriod = new() { Count = 3, Unit = PeriodUnit.Months };
    private decimal? _value = 120_000m;
    private string? _currency = "EUR";
    private List<Guid> _nodes = [];
    private List<int>? _leads;
    private SlaInput? _sla;

    public ContractInputBuilder Numbered(string number) { _number = number; return this; }
    public ContractInputBuilder Titled(string? title) { _title = title; return this; }
    public ContractInputBuilder OfKind(ContractKind kind) { _kind = kind; return this; }
    public ContractInputBuilder OwnedBy(Guid ownerId) { _ownerId = ownerId; return this; }
    public ContractInputBuilder InZone(string? zone) { _timeZoneId = zone; return this; }
    public ContractInputBuilder Running(DateOnly start, DateOnly end) { _start = start; _end = end; return this; }
    public ContractInputBuilder Costing(decimal? value, string? currency) { _value = value; _currency = currency; return this; }
    public ContractInputBuilder Covering(params Guid[] nodes) { _nodes = [.. nodes]; return this; }
    public ContractInputBuilder WithReminders(params int[] leadDays) { _leads = [.. leadDays]; return this; }
    public ContractInputBuilder WithSla(SlaInput? sla) { _sla = sla; return this; }

    public ContractInputBuilder Renewing(RenewalKind kind, int count = 1, PeriodUnit unit = PeriodUnit.Years, int noticeCount = 3, PeriodUnit noticeUnit = PeriodUnit.Months)
    {
        _renewal = kind;
        _renewalPeriod = kind == RenewalKind.None ? null : new ContractPeriodInput { Count = count, Unit = unit };
        _noticePeriod = noticeCount == 0 ? null : new ContractPeriodInput { Count = noticeCount, Unit = noticeUnit };
        return this;
    }

    public CreateContractInput BuildCreate()
    {
        var input = Fill(new CreateContractInput());
        input.VendorId = vendorId;
        input.Start = _start;
        input.End = _end;
        input.CoveredNodeIds = [.. _nodes];
        input.ReminderLeadDays = _leads is null ? null : [.. _leads];
        input.Sla = _sla;
        return input;
    }

    /// <summary>An update that keeps everything the builder says, for the latest term given.</summary>
    public UpdateContractInput BuildUpdate(string concurrencyStamp, DateOnly? latestStart = null, DateOnly? latestEnd = null)
    {
        var input = Fill(new UpdateContractInput());
        input.Start = latestStart ?? _start;
        input.End = latestEnd ?? _end;
        input.ConcurrencyStamp = concurrencyStamp;
        return input;
    }

    /// <summary>24x7 at 99.9 % monthly, office-hours windows optional, two credit tiers and targets for two severities.</summary>
    public static DefineSlaInput Sla(bool officeHours = false) => new()
    {
        AvailabilityTarget = 99.9m,
        MeasurementPeriod = MeasurementPeriod.Month,
        Coverage = officeHours ? CoverageKind.WeeklySchedule : CoverageKind.TwentyFourSeven,
        CoverageWindows = officeHours
            ?
            [
                new CoverageWindowInput { Day = DayOfWeek.Monday, From = new TimeOnly(7, 30), To = new TimeOnly(18, 0) },
                new CoverageWindowInput { Day = DayOfWeek.Saturday, From = new TimeOnly(8, 0), To = new TimeOnly(0, 0) },
            ]
            : [],
        MinimumOutageMinutes = 5,
        DegradedWeight = 0.5m,
        MaintenanceNoticeHours = 168,
        CreditTiers =
        [
            new ServiceCreditTierInput { BelowPercent = 99.9m, CreditPercent = 5m },
            new ServiceCreditTierInput { BelowPercent = 99.5m, CreditPercent = 10m },
        ],
        CreditCapPercent = 25m,
        SeverityTargets =
        [
            new SeverityTargetInput { Severity = Severity.Critical, ResponseMinutes = 30, ResolutionMinutes = 240 },
            new SeverityTargetInput { Severity = Severity.Low, ResponseMinutes = 480, ResolutionMinutes = 10_080 },
        ],
        ClaimDeadlineDays = 30,
    };

    private T Fill<T>(T input) where T : ContractEditInput
    {
        input.Number = _number;
        input.Title = _title;
        input.Kind = _kind;
        input.OwnerId = _ownerId;
        input.TimeZoneId = _timeZoneId;
        input.RenewalKind = _renewal;
        input.RenewalPeriod = _renewalPeriod;
        input.NoticePeriod = _noticePeriod;
        input.Value = _value;
        input.Currency = _currency;
        input.BillingPeriod = BillingPeriod.Annually;
        return input;
    }
}
