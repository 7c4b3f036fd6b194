using System.ComponentModel.DataAnnotations;
using VendorManager.Contracts;

namespace VendorManager.Calendar;

public sealed class GetContractCalendarInput
{
    /// <summary>How many months from today (in each contract's zone) to show.</summary>
    [Range(1, ContractCalendarConsts.MaxMonthsAhead)]
    public int Months { get; set; } = ContractCalendarConsts.DefaultMonthsAhead;

    public Guid? VendorId { get; set; }

    /// <summary>Only notice deadlines, only ends or only renewals; all when empty.</summary>
    public ContractDeadlineKind? Kind { get; set; }
}

/// <summary>The deadlines of the coming months, in date order, and the vendors that have any (for a filter).</summary>
public sealed record ContractCalendarDto(int Months, IReadOnlyList<ContractDeadlineDto> Items, IReadOnlyList<CalendarVendorDto> Vendors);

public sealed record CalendarVendorDto(Guid Id, string Name);

/// <summary>
/// One deadline: a whole day in the contract's zone (<see cref="TimeZoneId"/>), so it does not move
/// with the reader's zone. <see cref="DaysFromToday"/> counts from today in that zone.
/// </summary>
/// <param name="DayEndsAtUtc">The instant the day is over there: for a notice deadline, when it is too late.</param>
/// <param name="TermStart">The term the deadline belongs to: whose notice deadline or end it is, or which a renewal starts.</param>
/// <param name="Summary">A one-line title, as calendar clients show it.</param>
/// <param name="Advice">What to do about it, in a sentence or two.</param>
public sealed record ContractDeadlineDto(
    Guid ContractId,
    Guid VendorId,
    string VendorName,
    string Number,
    string? Title,
    ContractKind ContractKind,
    ContractDeadlineKind Kind,
    DateOnly Date,
    string TimeZoneId,
    DateTime DayEndsAtUtc,
    int DaysFromToday,
    DateOnly TermStart,
    DateOnly TermEnd,
    RenewalKind RenewalKind,
    string Summary,
    string Advice);
