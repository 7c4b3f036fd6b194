using System.ComponentModel.DataAnnotations;

namespace VendorManager.Contracts;

/// <summary>Fields shared by create and update. Data annotations catch malformed input early; the aggregate has the final word.</summary>
public class ContractEditInput
{
    [Required, StringLength(ContractConsts.MaxNumberLength)]
    public string Number { get; set; } = "";

    [StringLength(ContractConsts.MaxTitleLength)]
    public string? Title { get; set; }

    public ContractKind Kind { get; set; }

    /// <summary>An existing, active user; reminders go to them.</summary>
    public Guid OwnerId { get; set; }

    public decimal? Value { get; set; }

    /// <summary>ISO 4217, e.g. EUR; required once an amount is given.</summary>
    [StringLength(ContractConsts.CurrencyLength)]
    public string? Currency { get; set; }

    public BillingPeriod BillingPeriod { get; set; }

    /// <summary>The fee for one SLA measurement period; service credits are a percentage of it.</summary>
    public decimal? FeePerMeasurementPeriod { get; set; }

    /// <summary>IANA zone the contract's days are read in, e.g. Europe/Amsterdam. On create, null takes Contracts:DefaultTimeZone; on update, null keeps the zone.</summary>
    [StringLength(ContractConsts.MaxTimeZoneIdLength)]
    public string? TimeZoneId { get; set; }

    public RenewalKind RenewalKind { get; set; }

    /// <summary>The length of each renewal term; required unless the contract does not renew.</summary>
    public ContractPeriodInput? RenewalPeriod { get; set; }

    /// <summary>How long before a term's last day notice must be given; null or a count of 0 for none.</summary>
    public ContractPeriodInput? NoticePeriod { get; set; }
}

public sealed class ContractPeriodInput
{
    public int Count { get; set; }
    public PeriodUnit Unit { get; set; }
}

public sealed class CreateContractInput : ContractEditInput
{
    public Guid VendorId { get; set; }

    /// <summary>The initial term's first day.</summary>
    [Required]
    public DateOnly? Start { get; set; }

    /// <summary>The initial term's last day (inclusive).</summary>
    [Required]
    public DateOnly? End { get; set; }

    [MaxLength(ContractConsts.MaxCoveredNodes)]
    public List<Guid> CoveredNodeIds { get; set; } = [];

    /// <summary>Days before each deadline a reminder is due; null for the default 90, 60 and 30.</summary>
    public List<int>? ReminderLeadDays { get; set; }

    public SlaInput? Sla { get; set; }
}

public sealed class UpdateContractInput : ContractEditInput
{
    /// <summary>The latest term's first day. Only a contract that still has its initial term only may move it.</summary>
    [Required]
    public DateOnly? Start { get; set; }

    /// <summary>The latest term's last day; a different day reschedules the term.</summary>
    [Required]
    public DateOnly? End { get; set; }

    /// <summary>The stamp read with the contract; a stale one is refused with a conflict.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}
