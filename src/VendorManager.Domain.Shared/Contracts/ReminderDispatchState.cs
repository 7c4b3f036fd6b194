namespace VendorManager.Contracts;

/// <summary>
/// Where one contract reminder's e-mail stands. A reminder is recorded (<see cref="Pending"/>) before
/// anything is sent, and each attempt is recorded (<see cref="Sending"/>) before the message is handed
/// to the relay, so no state is ever behind what may have happened.
/// </summary>
public enum ReminderDispatchState
{
    /// <summary>Due and not sent yet: the next run sends it (again, after a refused attempt).</summary>
    Pending = 0,
    /// <summary>An instance is handing it to the relay now; found so long after the attempt began that the send must have ended, it becomes <see cref="Uncertain"/>.</summary>
    Sending = 1,
    /// <summary>The relay accepted it, or a person confirmed it arrived.</summary>
    Sent = 2,
    /// <summary>Every allowed attempt was refused (Contracts:Reminders:MaxAttempts); a person can queue it again.</summary>
    Failed = 3,
    /// <summary>
    /// An attempt ended in a way that leaves open whether the relay took the message (the connection
    /// broke after the message was transmitted, or the app stopped mid-send). Never sent again by
    /// itself: a person confirms it arrived, or queues it again.
    /// </summary>
    Uncertain = 4,
    /// <summary>It no longer applies (dates edited, superseded, terminated, deleted, the date passed) before it could be sent.</summary>
    Cancelled = 5,
}
