using NodaTime;
using VendorManager.Entities;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>
/// The log of one contract reminder: one row per <see cref="ContractReminderDue.Key"/> (unique in
/// the database), written before its e-mail is sent. The row is the intent; each attempt is recorded
/// before the message goes to the relay, and the outcome after, so that whatever happens in between
/// (a refusal, a broken connection, the app stopping) the row never claims less than may have
/// happened and the same reminder is never e-mailed twice by itself.
/// <para>
/// Every transition bumps <see cref="Revision"/>, the row's concurrency token: two instances that
/// both try to move the same row get one success and one conflict, which is how an attempt is
/// claimed by exactly one of them.
/// </para>
/// </summary>
public class ContractReminderDispatch : Entity<Guid>
{
    private readonly List<string> _recipients = [];

    public string Key { get; private set; } = null!;
    public Guid ContractId { get; private set; }
    public ReminderTarget Target { get; private set; }
    public LocalDate TargetDate { get; private set; }
    public int LeadDays { get; private set; }
    /// <summary>The day it was meant for, kept as planned: a reminder sent late says so.</summary>
    public LocalDate DueOn { get; private set; }
    /// <summary>The start of <see cref="DueOn"/> in the contract's zone.</summary>
    public DateTime DueAtUtc { get; private set; }
    /// <summary>Chosen once, when the reminder is recorded, and used for every attempt: a relay or mail client that sees it twice can tell.</summary>
    public string MessageId { get; private set; } = null!;
    public ReminderDispatchState State { get; private set; }
    /// <summary>Who the latest attempt went to (the owner and the procurement addresses at that moment).</summary>
    public IReadOnlyList<string> Recipients => _recipients;
    /// <summary>Attempts handed to the relay since the reminder was (re)queued.</summary>
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? LastAttemptAt { get; private set; }
    public DateTime? SentAt { get; private set; }
    /// <summary>When it was cancelled, failed for good, confirmed or re-queued by a person.</summary>
    public DateTime? ClosedAt { get; private set; }
    /// <summary>Why it was cancelled, or what a person decided about it.</summary>
    public string? Note { get; private set; }
    /// <summary>The person who confirmed or re-queued it.</summary>
    public Guid? DecidedBy { get; private set; }
    public int Revision { get; private set; }

    public bool IsOpen => State is ReminderDispatchState.Pending or ReminderDispatchState.Failed;

    private ContractReminderDispatch() { }

    private ContractReminderDispatch(Guid id, ContractReminderDue due, string messageId, DateTime now) : base(id)
    {
        if (!due.IsDue)
            throw new InvalidOperationException($"Reminder {due.Key} is not due; only due reminders are recorded.");
        Key = due.Key.Length <= ContractReminderConsts.MaxKeyLength ? due.Key
            : throw new ArgumentException($"The reminder key is longer than {ContractReminderConsts.MaxKeyLength} characters.", nameof(due));
        MessageId = !string.IsNullOrWhiteSpace(messageId) && messageId.Length <= ContractReminderConsts.MaxMessageIdLength ? messageId
            : throw new ArgumentException("A Message-Id is required and must fit its column.", nameof(messageId));
        ContractId = due.ContractId;
        Target = due.Target;
        TargetDate = due.TargetDate;
        LeadDays = due.LeadDays;
        DueOn = due.DueOn;
        DueAtUtc = due.DueAtUtc;
        CreatedAt = ContractTimeZone.RequireUtc(now, nameof(now));
        State = ReminderDispatchState.Pending;
    }

    /// <summary>Records a due reminder, not yet sent; <paramref name="messageId"/> is the one every attempt will carry.</summary>
    public static ContractReminderDispatch Record(ContractReminderDue due, string messageId, DateTime now)
        => new(IdFor(due.Key), due, messageId, now);

    /// <summary>
    /// The row's id, derived from its key (a name-based UUID, version 8 over SHA-256): instances that
    /// record the same reminders at once write the same ids, so they insert them in the same order and
    /// wait on each other instead of deadlocking, and the loser meets a plain duplicate key.
    /// </summary>
    public static Guid IdFor(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("contract-reminder:" + key), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// Claims the next attempt, committed before the message is handed to the relay: from now on a
    /// crash leaves the row <see cref="ReminderDispatchState.Sending"/>, never <see cref="ReminderDispatchState.Pending"/>,
    /// so no later run can send it again without a person deciding.
    /// </summary>
    public void BeginAttempt(IReadOnlyCollection<string> recipients, DateTime now)
    {
        Require(ReminderDispatchState.Pending, "begin an attempt");
        if (recipients.Count is 0 or > ContractReminderConsts.MaxRecipients || recipients.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > ContractReminderConsts.MaxRecipientLength))
            throw new ArgumentException($"An attempt goes to 1 to {ContractReminderConsts.MaxRecipients} addresses.", nameof(recipients));
        _recipients.Clear();
        _recipients.AddRange(recipients);
        Attempts++;
        LastAttemptAt = ContractTimeZone.RequireUtc(now, nameof(now));
        Move(ReminderDispatchState.Sending);
    }

    /// <summary>
    /// Says why a pending reminder waits without an attempt (no relay configured, nobody to send it
    /// to); returns false when that was already said, so a waiting row is not rewritten every run.
    /// </summary>
    public bool NoteWaiting(string why)
    {
        Require(ReminderDispatchState.Pending, "note why it waits");
        var text = Trim(why, ContractReminderConsts.MaxErrorLength);
        if (LastError == text) return false;
        LastError = text;
        Revision++;
        return true;
    }

    public void MarkSent(DateTime now)
    {
        Require(ReminderDispatchState.Sending, "mark it sent");
        SentAt = now;
        LastError = null;
        Move(ReminderDispatchState.Sent);
    }

    /// <summary>
    /// The relay certainly did not take the message (refused before it was transmitted, or could not
    /// be reached): it is queued for the next run, or, after <paramref name="maxAttempts"/>, failed.
    /// </summary>
    public void RecordRefusal(string error, DateTime now, int maxAttempts)
    {
        Require(ReminderDispatchState.Sending, "record a refusal");
        LastError = Trim(error, ContractReminderConsts.MaxErrorLength);
        if (Attempts >= maxAttempts)
        {
            ClosedAt = now;
            Move(ReminderDispatchState.Failed);
        }
        else
        {
            Move(ReminderDispatchState.Pending);
        }
    }

    /// <summary>The attempt ended without telling whether the relay took the message: a person decides, nothing is re-sent by itself.</summary>
    public void MarkUncertain(string why, DateTime now)
    {
        Require(ReminderDispatchState.Sending, "mark it uncertain");
        LastError = Trim(why, ContractReminderConsts.MaxErrorLength);
        ClosedAt = now;
        Move(ReminderDispatchState.Uncertain);
    }

    /// <summary>An attempt that began before <paramref name="cutoff"/> and is still recorded as running: the instance sending it stopped.</summary>
    public bool WasAbandonedBefore(DateTime cutoff) => State == ReminderDispatchState.Sending && LastAttemptAt < cutoff;

    /// <summary>The reminder no longer applies before it could be sent (see <see cref="ContractReminderReconciler"/>).</summary>
    public void Cancel(string reason, DateTime now)
    {
        if (!IsOpen)
            throw new InvalidOperationException($"Reminder {Key} is {State}; only a pending or failed reminder is cancelled.");
        Note = Trim(reason, ContractReminderConsts.MaxNoteLength);
        ClosedAt = now;
        Move(ReminderDispatchState.Cancelled);
    }

    /// <summary>
    /// A cancelled reminder applies again (the dates were edited back): it is queued once more under
    /// its own Message-Id, which no message carried yet.
    /// </summary>
    public void Rearm(DateTime now)
    {
        if (State != ReminderDispatchState.Cancelled)
            throw new InvalidOperationException($"Reminder {Key} is {State}; only a cancelled reminder is re-armed.");
        Note = $"Applies again since {now:yyyy-MM-dd HH:mm} UTC (the dates were changed back).";
        ClosedAt = null;
        Attempts = 0;
        Move(ReminderDispatchState.Pending);
    }

    /// <summary>A person checked that an uncertain reminder arrived: it counts as sent when the attempt was made.</summary>
    public void ConfirmDelivered(Guid by, DateTime now)
    {
        RequireDecision(ReminderDispatchState.Uncertain, "confirmed as delivered");
        SentAt = LastAttemptAt;
        Decide(by, now, $"Confirmed as delivered on {now:yyyy-MM-dd HH:mm} UTC.");
        Move(ReminderDispatchState.Sent);
    }

    /// <summary>
    /// A person asks for an uncertain or failed reminder to be sent again; it goes out with the same
    /// Message-Id, so a copy that did arrive before can be recognised as the same message.
    /// </summary>
    public void Requeue(Guid by, DateTime now)
    {
        if (State is not (ReminderDispatchState.Uncertain or ReminderDispatchState.Failed))
            throw NotAwaitingDecision("queued again");
        Decide(by, now, $"Queued again on {now:yyyy-MM-dd HH:mm} UTC after {Attempts} attempt(s).");
        ClosedAt = null;
        Attempts = 0;
        Move(ReminderDispatchState.Pending);
    }

    private void Decide(Guid by, DateTime now, string note)
    {
        if (by == Guid.Empty) throw new ArgumentException("Say who decided.", nameof(by));
        DecidedBy = by;
        ClosedAt = now;
        Note = note;
    }

    private void Move(ReminderDispatchState state)
    {
        State = state;
        Revision++;
    }

    // The job's own transitions are programming errors when out of order; a person's are business rules.
    private void Require(ReminderDispatchState state, string action)
    {
        if (State != state)
            throw new InvalidOperationException($"Cannot {action} for reminder {Key}: it is {State}, not {state}.");
    }

    private void RequireDecision(ReminderDispatchState state, string action)
    {
        if (State != state) throw NotAwaitingDecision(action);
    }

    private BusinessException NotAwaitingDecision(string action)
        => new(Codes.ReminderNotAwaitingDecision,
            $"This reminder is {State.ToString().ToLowerInvariant()}; only an uncertain or failed reminder can be {action}.", nameof(State), BusinessErrorKind.Conflict);

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
