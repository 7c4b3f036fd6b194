using System.ComponentModel.DataAnnotations;
using VendorManager.Common;

namespace VendorManager.Contracts;

/// <summary>Sorting: number (default), title, kind, status, nextNoticeDeadline, endsOn, createdAt, modifiedAt, vendor (by name); add " desc" to reverse.</summary>
public sealed class GetContractListInput : PagedAndSortedInput
{
    /// <summary>Part of the number or the title, any case.</summary>
    [StringLength(ContractConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    public Guid? VendorId { get; set; }

    public ContractStatus? Status { get; set; }

    public ContractKind? Kind { get; set; }

    /// <summary>Only contracts whose next notice deadline is at most this many days after today in the contract's zone (0: today).</summary>
    [Range(0, ContractConsts.MaxReminderLeadDays)]
    public int? NoticeDeadlineWithinDays { get; set; }
}
