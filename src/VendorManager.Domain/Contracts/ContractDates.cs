using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// A contract's dates as they stand on <see cref="Today"/> in its zone, from <see cref="ContractDateEngine"/>.
/// Dates are whole days (inclusive); each *Utc instant is where that day ends (the start of the
/// next local day), except <see cref="NextRenewalUtc"/>, the moment the next term begins.
/// </summary>
public sealed record ContractDates
{
    public required Guid ContractId { get; init; }
    public required string TimeZoneId { get; init; }
    public required LocalDate Today { get; init; }
    public required ContractStatus Status { get; init; }
    /// <summary>
    /// The term today falls in, worked out past the stored terms for automatic renewal. Before the
    /// contract starts, the first term; after it ended or was terminated, the last term it covered.
    /// </summary>
    public required ContractTermSpan CurrentTerm { get; init; }
    /// <summary>The term after the current one, if one will (recorded, or automatic) or may (renewal by decision still open) follow.</summary>
    public ContractTermSpan? NextTerm { get; init; }
    /// <summary>
    /// The current term's notice deadline: the last day notice (or the renewal decision) can be
    /// given, the term's last day minus the notice period, month ends clamped. Null when no decision
    /// hangs on it: no renewal, renewal by decision without a notice period, a next term already
    /// recorded, or a termination. Can lie in the past (an automatic renewal is then certain).
    /// </summary>
    public LocalDate? NoticeDeadline { get; init; }
    /// <summary>The first notice deadline on or after today: the current term's, or a later term's once it passed.</summary>
    public LocalDate? NextNoticeDeadline { get; init; }
    /// <summary>
    /// The last day the contract covers if nothing more is decided: the termination's day, or the last
    /// recorded term's end without automatic renewal. Null while it renews automatically.
    /// </summary>
    public LocalDate? End { get; init; }
    public required IReadOnlyList<ContractReminderDue> Reminders { get; init; }

    public LocalDate? NextRenewal => NextTerm?.Start;
    public DateTime? NoticeDeadlineUtc { get; init; }
    public DateTime? NextNoticeDeadlineUtc { get; init; }
    public DateTime? EndUtc { get; init; }
    public DateTime? NextRenewalUtc { get; init; }

    /// <summary>What a reminder job should send today, each at most once per key.</summary>
    public IEnumerable<ContractReminderDue> RemindersToSend() => Reminders.Where(r => r.IsDue && !r.IsSuperseded);
}
