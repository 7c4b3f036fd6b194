namespace VendorManager.Notifications.Email;

/// <summary>The outcome of one send: <see cref="Reason"/> is readable as it stands, for logs and the UI.</summary>
public sealed record EmailSendResult
{
    private EmailSendResult(EmailSendStatus status, EmailFailureKind? failure, string? reason, bool mayHaveBeenDelivered = false)
    {
        Status = status;
        Failure = failure;
        Reason = reason;
        MayHaveBeenDelivered = mayHaveBeenDelivered;
    }

    public EmailSendStatus Status { get; }

    /// <summary>Set only when <see cref="Status"/> is <see cref="EmailSendStatus.Failed"/>.</summary>
    public EmailFailureKind? Failure { get; }

    /// <summary>Null when the message was sent.</summary>
    public string? Reason { get; }

    public bool IsSent => Status == EmailSendStatus.Sent;

    /// <summary>
    /// A failure after the message itself was being transmitted, without the server's verdict on it
    /// (the connection broke, the time ran out): the relay may have taken it. False for every failure
    /// before that point and for an explicit refusal of the message, so those can safely be retried.
    /// </summary>
    public bool MayHaveBeenDelivered { get; }

    public static EmailSendResult Sent() => new(EmailSendStatus.Sent, null, null);

    public static EmailSendResult NotConfigured() =>
        new(EmailSendStatus.NotConfigured, null, "e-mail is not configured: set Smtp:Host to send notifications");

    public static EmailSendResult Failed(EmailFailureKind failure, string reason, bool mayHaveBeenDelivered = false)
        => new(EmailSendStatus.Failed, failure, reason, mayHaveBeenDelivered);

    public override string ToString() => Reason is null ? Status.ToString()
        : $"{Status} ({Failure}{(MayHaveBeenDelivered ? ", may have been delivered" : "")}): {Reason}";
}
