using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VendorManager.Contracts;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// The contract form as the browser posts it. Numbers are nullable and nothing is [Required]: an
/// empty field reaches the domain, which reports every mistake of the form in one round trip.
/// </summary>
public sealed class ContractForm
{
    public Guid? VendorId { get; set; }
    public string? Number { get; set; }
    public string? Title { get; set; }
    public ContractKind Kind { get; set; }
    public Guid? OwnerId { get; set; }
    public string? TimeZoneId { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public RenewalKind RenewalKind { get; set; } = RenewalKind.Automatic;
    public PeriodRow RenewalPeriod { get; set; } = new() { Count = 1, Unit = PeriodUnit.Years };
    public PeriodRow NoticePeriod { get; set; } = new() { Count = 3, Unit = PeriodUnit.Months };
    public decimal? Value { get; set; }
    public string? Currency { get; set; }
    public BillingPeriod BillingPeriod { get; set; } = BillingPeriod.Annually;
    public decimal? FeePerMeasurementPeriod { get; set; }

    /// <summary>Days before each deadline, as typed: "90, 60, 30".</summary>
    public string? ReminderLeadDays { get; set; } = string.Join(", ", ContractConsts.DefaultReminderLeadDays);

    /// <summary>Create only: edits of covered nodes have a page of their own.</summary>
    public List<Guid> CoveredNodeIds { get; set; } = [];

    /// <summary>Create only: go on to the SLA form once the contract exists.</summary>
    public bool DefineSlaNext { get; set; }

    public string? ConcurrencyStamp { get; set; }

    public static ContractForm From(ContractDto c) => new()
    {
        VendorId = c.VendorId,
        Number = c.Number,
        Title = c.Title,
        Kind = c.Kind,
        OwnerId = c.Owner.Id,
        TimeZoneId = c.TimeZoneId,
        Start = c.Terms[^1].Start,
        End = c.Terms[^1].End,
        RenewalKind = c.RenewalKind,
        RenewalPeriod = new PeriodRow { Count = c.RenewalPeriod.Count, Unit = c.RenewalPeriod.Unit },
        NoticePeriod = new PeriodRow { Count = c.NoticePeriod.Count, Unit = c.NoticePeriod.Unit },
        Value = c.Value,
        Currency = c.Currency,
        BillingPeriod = c.BillingPeriod,
        FeePerMeasurementPeriod = c.FeePerMeasurementPeriod,
        ReminderLeadDays = string.Join(", ", c.ReminderLeadDays),
        CoveredNodeIds = c.CoveredNodes.Select(n => n.Id).ToList(),
        ConcurrencyStamp = c.ConcurrencyStamp,
    };

    public CreateContractInput ToCreateInput(List<int>? leadDays)
    {
        var input = Fill(new CreateContractInput());
        input.VendorId = VendorId ?? Guid.Empty;
        input.Start = Start;
        input.End = End;
        input.CoveredNodeIds = CoveredNodeIds;
        input.ReminderLeadDays = leadDays;
        return input;
    }

    public UpdateContractInput ToUpdateInput()
    {
        var input = Fill(new UpdateContractInput());
        input.Start = Start;
        input.End = End;
        input.ConcurrencyStamp = ConcurrencyStamp ?? "";
        return input;
    }

    private T Fill<T>(T input) where T : ContractEditInput
    {
        input.Number = Number ?? "";
        input.Title = Title;
        input.Kind = Kind;
        input.OwnerId = OwnerId ?? Guid.Empty;
        input.TimeZoneId = string.IsNullOrWhiteSpace(TimeZoneId) ? null : TimeZoneId;
        input.RenewalKind = RenewalKind;
        // Without renewal the period fields may still hold what was typed before "No renewal" was chosen; they mean nothing then.
        input.RenewalPeriod = RenewalKind == RenewalKind.None ? null : RenewalPeriod.ToInput();
        input.NoticePeriod = NoticePeriod.ToInput();
        input.Value = Value;
        input.Currency = Currency;
        input.BillingPeriod = BillingPeriod;
        input.FeePerMeasurementPeriod = FeePerMeasurementPeriod;
        return input;
    }

    /// <summary>
    /// The lead days as numbers, or null after adding an error when the text is not a list of whole
    /// numbers (ranges and duplicates are the domain's to judge).
    /// </summary>
    public List<int>? ReadLeadDays(ModelStateDictionary modelState, string key)
    {
        var days = new List<int>();
        foreach (var part in (ReminderLeadDays ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                modelState.AddModelError(key, $"'{part}' is not a whole number of days; list them like 90, 60, 30.");
                return null;
            }
            days.Add(day);
        }
        return days;
    }

    /// <summary>Where each domain field's message is shown on this form.</summary>
    public static FieldPathMap FieldMap() => new FieldPathMap("Input.")
        .Fields(nameof(VendorId), nameof(Number), nameof(Title), nameof(Kind), nameof(OwnerId), nameof(TimeZoneId), nameof(Start), nameof(End),
            nameof(RenewalKind), "RenewalPeriod.Count", "RenewalPeriod.Unit", "NoticePeriod.Count", "NoticePeriod.Unit",
            nameof(Value), nameof(Currency), nameof(BillingPeriod), nameof(FeePerMeasurementPeriod), nameof(ReminderLeadDays), nameof(CoveredNodeIds))
        .Rename("RenewalPeriod", "RenewalPeriod.Count")
        .Rename("NoticePeriod", "NoticePeriod.Count")
        .Rename("CoveredNodes", nameof(CoveredNodeIds));

    public sealed class PeriodRow
    {
        public int? Count { get; set; }
        public PeriodUnit Unit { get; set; }

        public ContractPeriodInput ToInput() => new() { Count = Count ?? 0, Unit = Unit };
    }
}
