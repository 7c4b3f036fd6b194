namespace VendorManager.Contracts;

/// <summary>
/// One reminder of a contract as the log holds it: what it was for, when it was due, what became
/// of it and who it went to. Dates are whole days in the contract's zone; instants are UTC.
/// </summary>
/// <param name="Target">What the reminder counts down to: the notice deadline or the end.</param>
/// <param name="TargetDate">That deadline or last day.</param>
/// <param name="LeadDays">How many days ahead of <paramref name="TargetDate"/> it was meant to go out.</param>
/// <param name="DueOn">The day it was due, as planned; a reminder sent later says so.</param>
/// <param name="State">Pending, Sending, Sent, Failed (every allowed attempt refused), Uncertain (may or may not have arrived) or Cancelled.</param>
/// <param name="Recipients">Who the latest attempt went to; empty before the first.</param>
/// <param name="Attempts">Attempts handed to the relay since it was (re)queued.</param>
/// <param name="SentAt">When the relay accepted it (or, once confirmed by a person, when the attempt was made).</param>
/// <param name="SentLate">Sent after its due day, in the contract's zone (the server was down, or sending failed at first).</param>
/// <param name="LastError">Why the latest attempt did not succeed, or why it waits.</param>
/// <param name="Note">Why it was cancelled, or what a person decided.</param>
/// <param name="ClosedAt">When it was cancelled, given up, marked uncertain or decided on.</param>
/// <param name="DecidedBy">The user who confirmed it or queued it again.</param>
/// <param name="MessageId">The Message-Id every attempt carries, to find the message in a mail log.</param>
/// <param name="AwaitsDecision">Uncertain or failed: a contract manager should confirm it arrived or queue it again.</param>
public sealed record ContractReminderDispatchDto(
    Guid Id,
    Guid ContractId,
    ReminderTarget Target,
    DateOnly TargetDate,
    int LeadDays,
    DateOnly DueOn,
    ReminderDispatchState State,
    IReadOnlyList<string> Recipients,
    int Attempts,
    DateTime CreatedAt,
    DateTime? LastAttemptAt,
    DateTime? SentAt,
    bool SentLate,
    string? LastError,
    string? Note,
    DateTime? ClosedAt,
    Guid? DecidedBy,
    string MessageId,
    bool AwaitsDecision);
