using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// A reminder <see cref="LeadDays"/> before a target date. The engine lists every reminder whose
/// target has not passed; the job sends those that are due and not superseded, once per
/// <see cref="Key"/>.
/// </summary>
public sealed record ContractReminderDue
{
    public required Guid ContractId { get; init; }
    public required ReminderTarget Target { get; init; }
    public required LocalDate TargetDate { get; init; }
    public required int LeadDays { get; init; }
    /// <summary>The day the reminder was meant for; earlier than today when it is caught up after a missed run.</summary>
    public required LocalDate DueOn { get; init; }
    /// <summary>The due day has come (today or earlier) and the target has not passed.</summary>
    public required bool IsDue { get; init; }
    /// <summary>
    /// A shorter lead for the same target is due too, so this one would only repeat it: after a long
    /// outage, or when dates were edited close to the target, send the most recent reminder only.
    /// </summary>
    public required bool IsSuperseded { get; init; }
    /// <summary>
    /// Stable for the same contract, target kind, target date and lead; a new target date gives new
    /// keys, which is how editing the dates re-arms the reminders.
    /// </summary>
    public required string Key { get; init; }
    /// <summary>The start of the due day in the contract's zone, as UTC.</summary>
    public required DateTime DueAtUtc { get; init; }
    /// <summary>The end of the target day in the contract's zone (the start of the next local day), as UTC.</summary>
    public required DateTime TargetEndsAtUtc { get; init; }

    public bool IsCatchUp(LocalDate today) => IsDue && DueOn < today;
}
