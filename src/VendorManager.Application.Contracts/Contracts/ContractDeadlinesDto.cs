namespace VendorManager.Contracts;

/// <summary>
/// Where a contract stands at the moment of the request (<see cref="Today"/> in its zone): the
/// status, the current and next term, each deadline as a local day with its UTC instant, and every
/// reminder planned for the targets that have not passed.
/// </summary>
/// <param name="NoticeDeadline">The current term's last day for notice (or the renewal decision); may lie in the past once an automatic renewal is certain.</param>
/// <param name="NextNoticeDeadline">The first notice deadline on or after today.</param>
/// <param name="End">The last day the contract covers if nothing more is decided; null while it renews automatically.</param>
/// <param name="NextRenewal">The day the next term starts, if one will or may follow.</param>
public sealed record ContractDeadlinesDto(
    Guid ContractId,
    string TimeZoneId,
    DateOnly Today,
    ContractStatus Status,
    ContractTermSpanDto CurrentTerm,
    ContractTermSpanDto? NextTerm,
    ContractDayDto? NoticeDeadline,
    ContractDayDto? NextNoticeDeadline,
    ContractDayDto? End,
    ContractDayDto? NextRenewal,
    IReadOnlyList<ContractReminderDto> Reminders);

/// <summary>
/// A whole day in the contract's zone and the UTC instant that matters for it: for a deadline or an
/// end, the instant the day is over (the next local day's start); for a renewal, the instant the new
/// term begins.
/// </summary>
public sealed record ContractDayDto(DateOnly Date, DateTime Utc);

/// <summary>A term as the date engine sees it: <see cref="IsRecorded"/> is false for a renewal worked out but not stored yet.</summary>
public sealed record ContractTermSpanDto(int Sequence, DateOnly Start, DateOnly End, ContractTermOrigin Origin, bool IsRecorded);

/// <summary>
/// A reminder <see cref="LeadDays"/> before <see cref="TargetDate"/>, due on <see cref="DueOn"/>
/// (from <see cref="DueAtUtc"/>). <see cref="Key"/> is stable for the same contract, target and
/// lead: send each key once. A due reminder that a shorter one for the same target supersedes
/// repeats it; send the latest only.
/// </summary>
public sealed record ContractReminderDto(
    ReminderTarget Target,
    DateOnly TargetDate,
    DateTime TargetEndsAtUtc,
    int LeadDays,
    DateOnly DueOn,
    DateTime DueAtUtc,
    bool IsDue,
    bool IsSuperseded,
    string Key);
