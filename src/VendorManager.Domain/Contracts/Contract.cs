using NodaTime;
using VendorManager.Entities;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>
/// An agreement with a vendor: what it covers, what it costs, how long it runs and renews, and its
/// SLA terms. Dates are whole days in the contract's time zone (<see cref="TimeZoneId"/>); the
/// <see cref="ContractDateEngine"/> turns them into today's status, deadlines and reminders.
/// The number is unique per vendor and covered nodes must exist: <see cref="ContractManager"/>
/// checks both, so creating, renumbering and covering nodes go through it.
/// </summary>
[Audited]
public partial class Contract : AggregateRoot<Guid>
{
    private readonly List<ContractTerm> _terms = [];
    private readonly List<ContractNode> _coveredNodes = [];
    private readonly List<int> _reminderLeadDays = [.. ContractConsts.DefaultReminderLeadDays];

    public Guid VendorId { get; private set; }
    public string Number { get; private set; } = null!;
    /// <summary>Upper-cased number: the unique index per vendor compares numbers without regard to case.</summary>
    [DisableAuditing]
    public string NormalizedNumber { get; private set; } = null!;
    public string? Title { get; private set; }
    public ContractKind Kind { get; private set; }
    /// <summary>The user answerable for the contract; reminders go to them.</summary>
    public Guid OwnerId { get; private set; }
    public decimal? Value { get; private set; }
    /// <summary>ISO 4217 code, upper case; set whenever an amount is.</summary>
    public string? Currency { get; private set; }
    public BillingPeriod BillingPeriod { get; private set; }
    /// <summary>The fee for one SLA measurement period: service credits are a percentage of it.</summary>
    public decimal? FeePerMeasurementPeriod { get; private set; }
    public string TimeZoneId { get; private set; } = null!;
    public RenewalKind RenewalKind { get; private set; }
    /// <summary>The length of each renewal term; <see cref="ContractPeriod.Zero"/> when the contract does not renew.</summary>
    public ContractPeriod RenewalPeriod { get; private set; } = ContractPeriod.Zero;
    /// <summary>How long before a term's last day notice (or a renewal decision) must be given; zero: up to the last day.</summary>
    public ContractPeriod NoticePeriod { get; private set; } = ContractPeriod.Zero;
    /// <summary>The last day the contract covers after a termination; null while it is not terminated.</summary>
    public LocalDate? TerminatedOn { get; private set; }
    public string? TerminationReason { get; private set; }
    public DateTime? TerminationRecordedAt { get; private set; }
    public SlaTerms? Sla { get; private set; }
    public IReadOnlyList<ContractTerm> Terms => _terms;
    public IReadOnlyList<ContractNode> CoveredNodes => _coveredNodes;
    /// <summary>Days before each target date a reminder is due, largest first.</summary>
    public IReadOnlyList<int> ReminderLeadDays => _reminderLeadDays;
    // The listing's parts are columns of their own so lists can index and filter them; derived,
    // so kept out of the history. Read them together through Listing.
    [DisableAuditing]
    public ContractStatus ListedStatus { get; private set; }
    [DisableAuditing]
    public LocalDate? ListedNextNoticeDeadline { get; private set; }
    [DisableAuditing]
    public LocalDate? ListedEndsOn { get; private set; }
    [DisableAuditing]
    public DateTime? ListingValidUntilUtc { get; private set; }

    /// <summary>The status and deadlines lists filter on, as of the last save; see <see cref="ContractListing"/>.</summary>
    public ContractListing Listing => new(ListedStatus, ListedNextNoticeDeadline, ListedEndsOn, ListingValidUntilUtc);

    public bool IsTerminated => TerminatedOn is not null;

    private Contract() { }

    internal Contract(Guid id, Guid vendorId, string number, ContractKind kind, Guid ownerId, string timeZoneId,
        LocalDate start, LocalDate end, DateTime now) : base(id)
    {
        if (vendorId == Guid.Empty)
            throw new BusinessException(Codes.VendorRequired, "Choose the vendor the contract is with.", nameof(VendorId));
        VendorId = vendorId;
        SetNumber(number);
        Reclassify(kind);
        AssignOwner(ownerId);
        MoveToTimeZone(timeZoneId);
        RequireDate(start, "Start");
        RequireDate(end, "End");
        RequireOrder(start, end);
        ContractTimeZone.RequireUtc(now, nameof(now));
        _terms.Add(new ContractTerm(Id, 1, start, end, ContractTermOrigin.Initial, now));
        RefreshListing(now);
    }

    internal void SetNumber(string? number)
    {
        Number = Check.NotBlank(number, ContractConsts.MaxNumberLength, nameof(Number), Codes.NumberRequired, Codes.NumberTooLong, "Contract number");
        NormalizedNumber = NormalizeNumber(Number);
    }

    public static string NormalizeNumber(string number) => number.Trim().ToUpperInvariant();

    public void Retitle(string? title)
        => Title = Check.Optional(title, ContractConsts.MaxTitleLength, nameof(Title), Codes.FieldTooLong);

    public void Reclassify(ContractKind kind)
    {
        if (!Enum.IsDefined(kind))
            throw new BusinessException(Codes.KindInvalid, "Kind must be service/maintenance, licence, implementation, staffing or support.", nameof(Kind));
        Kind = kind;
    }

    public void AssignOwner(Guid ownerId)
    {
        if (ownerId == Guid.Empty)
            throw new BusinessException(Codes.OwnerRequired, "Choose the person who owns the contract.", nameof(OwnerId));
        OwnerId = ownerId;
    }

    /// <summary>Changing the zone moves every deadline's instant (the days stay the same days there).</summary>
    public void MoveToTimeZone(string? timeZoneId) => TimeZoneId = ContractTimeZone.Validate(timeZoneId, nameof(TimeZoneId));

    public void SetCommercialTerms(decimal? value, string? currency, BillingPeriod billingPeriod, decimal? feePerMeasurementPeriod)
    {
        if (value < 0)
            throw new BusinessException(Codes.ValueNegative, "The contract value cannot be negative.", nameof(Value));
        if (feePerMeasurementPeriod < 0)
            throw new BusinessException(Codes.FeeNegative, "The fee per measurement period cannot be negative.", nameof(FeePerMeasurementPeriod));
        if (!Enum.IsDefined(billingPeriod))
            throw new BusinessException(Codes.BillingPeriodInvalid, "Billing must be monthly, quarterly, annual or one-off.", nameof(BillingPeriod));
        var code = string.IsNullOrWhiteSpace(currency) ? null : currency.Trim().ToUpperInvariant();
        if (code is not null && (code.Length != ContractConsts.CurrencyLength || !code.All(c => c is >= 'A' and <= 'Z')))
            throw new BusinessException(Codes.CurrencyInvalid, "Currency must be a three-letter ISO 4217 code such as EUR or USD.", nameof(Currency));
        if (code is null && (value is not null || feePerMeasurementPeriod is not null))
            throw new BusinessException(Codes.CurrencyRequired, "Give the currency of the amounts.", nameof(Currency));
        Value = value;
        Currency = code;
        BillingPeriod = billingPeriod;
        FeePerMeasurementPeriod = feePerMeasurementPeriod;
    }

    /// <summary>Only <see cref="ContractManager"/> calls this, after checking the node exists. Covering a covered node changes nothing.</summary>
    internal void Cover(Guid nodeId)
    {
        if (_coveredNodes.Exists(n => n.NodeId == nodeId)) return;
        if (_coveredNodes.Count >= ContractConsts.MaxCoveredNodes)
            throw new BusinessException(Codes.TooManyNodes, $"A contract can cover at most {ContractConsts.MaxCoveredNodes} nodes.", nameof(CoveredNodes));
        _coveredNodes.Add(new ContractNode(Id, nodeId));
    }

    public void Uncover(Guid nodeId)
    {
        var node = _coveredNodes.Find(n => n.NodeId == nodeId)
                   ?? throw new BusinessException(Codes.NodeNotCovered, $"The contract does not cover node {nodeId}.", nameof(CoveredNodes), BusinessErrorKind.Rule);
        _coveredNodes.Remove(node);
    }

    public bool Covers(Guid nodeId) => _coveredNodes.Exists(n => n.NodeId == nodeId);

    /// <summary>Days before a target date that reminders are due; stored largest first.</summary>
    public void SetReminderLeadDays(IEnumerable<int> leadDays)
    {
        var days = leadDays.ToList();
        if (days.Count == 0)
            throw new BusinessException(Codes.ReminderLeadsRequired, "Give at least one reminder lead time.", nameof(ReminderLeadDays));
        if (days.Count > ContractConsts.MaxReminderLeads)
            throw new BusinessException(Codes.TooManyReminderLeads, $"At most {ContractConsts.MaxReminderLeads} reminder lead times.", nameof(ReminderLeadDays));
        for (var i = 0; i < days.Count; i++)
        {
            var field = $"{nameof(ReminderLeadDays)}[{i}]";
            if (days[i] is < ContractConsts.MinReminderLeadDays or > ContractConsts.MaxReminderLeadDays)
                throw new BusinessException(Codes.ReminderLeadOutOfRange,
                    $"A reminder lead time is {ContractConsts.MinReminderLeadDays} to {ContractConsts.MaxReminderLeadDays} days.", field);
            if (days.IndexOf(days[i]) < i)
                throw new BusinessException(Codes.ReminderLeadDuplicate, $"{days[i]} days is listed twice.", field);
        }
        _reminderLeadDays.Clear();
        _reminderLeadDays.AddRange(days.OrderDescending());
    }

    public void DefineSla(SlaTerms sla) => Sla = sla ?? throw new ArgumentNullException(nameof(sla));

    public void RemoveSla() => Sla = null;

    /// <summary>The zone SLA periods and coverage hours are measured in: the SLA's own, or the contract's.</summary>
    public string SlaTimeZoneId() => Sla?.TimeZoneId ?? TimeZoneId;

    /// <summary>The service credit owed for a period's availability; null without SLA terms or a fee per period.</summary>
    public decimal? ServiceCreditFor(decimal availabilityPercent)
        => Sla is not null && FeePerMeasurementPeriod is { } fee ? Sla.CreditFor(availabilityPercent, fee) : null;

    /// <summary>
    /// Brings <see cref="Listing"/> up to date with the contract as it is now. The unit of work calls
    /// it whenever the contract is saved, so no edit can leave a stale copy behind.
    /// </summary>
    public void RefreshListing(DateTime now)
    {
        var listing = ContractListing.Of(Schedule(), now);
        ListedStatus = listing.Status;
        ListedNextNoticeDeadline = listing.NextNoticeDeadline;
        ListedEndsOn = listing.EndsOn;
        ListingValidUntilUtc = listing.StatusValidUntilUtc;
    }

    /// <summary>Today in the contract's zone.</summary>
    public LocalDate Today(DateTime now) => ContractTimeZone.Today(now, ContractTimeZone.Get(TimeZoneId));

    /// <summary>What the date engine needs, detached from the entity.</summary>
    public ContractSchedule Schedule() => new(
        Id, TimeZoneId,
        _terms.Select(t => new ContractTermSpan(t.Sequence, t.Start, t.End, t.Origin, IsRecorded: true)).ToList(),
        RenewalKind, RenewalPeriod, NoticePeriod, TerminatedOn, _reminderLeadDays.ToList());

    private void EnsureNotTerminated()
    {
        if (TerminatedOn is { } day)
            throw new BusinessException(Codes.ContractTerminated,
                $"The contract was terminated (last day {day:uuuu-MM-dd}); it can no longer be renewed or changed.", null, BusinessErrorKind.Rule);
    }

    private static void RequireOrder(LocalDate start, LocalDate end)
    {
        if (end < start)
            throw new BusinessException(Codes.TermEndBeforeStart, "A term's last day cannot be before its first.", "End");
    }

    private static void RequireDate(LocalDate date, string field)
    {
        if (date.Year is < ContractConsts.MinYear or > ContractConsts.MaxYear)
            throw new BusinessException(Codes.DateOutOfRange,
                $"{date:uuuu-MM-dd} is outside {ContractConsts.MinYear} to {ContractConsts.MaxYear}.", field);
    }
}
