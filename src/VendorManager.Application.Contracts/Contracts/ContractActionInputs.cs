using System.ComponentModel.DataAnnotations;

namespace VendorManager.Contracts;

public sealed class RenewContractInput
{
    /// <summary>The new term's last day; null for one renewal period counted from the contract's anniversary.</summary>
    public DateOnly? End { get; set; }

    /// <summary>The stamp read with the contract, to refuse the action if someone saved since; null to skip the check.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public sealed class TerminateContractInput
{
    /// <summary>The last day the contract covers.</summary>
    [Required]
    public DateOnly? EffectiveOn { get; set; }

    public string? Reason { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

public sealed class SetCoveredNodesInput
{
    /// <summary>Every node the contract covers afterwards; nodes left out are no longer covered.</summary>
    [MaxLength(ContractConsts.MaxCoveredNodes)]
    public List<Guid> CoveredNodeIds { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}

public sealed class SetReminderLeadDaysInput
{
    /// <summary>Days before each deadline (and before the end) a reminder is due, e.g. [90, 60, 30].</summary>
    public List<int> ReminderLeadDays { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }
}
