namespace VendorManager.Notifications.Email;

/// <summary>The outcome of one send: <see cref="Reason"/> is readable as it stands, for logs and the UI.</summary>
public sealed record EmailSendResult
{
    private EmailSendResult(EmailSendStatus status, EmailFailureKind? failure, string? reason)
    {
        Status = status;
        Failure = failure;
        Reason = reason;
    }

    public EmailSendStatus Status { get; }

    /// <summary>Set only when <see cref="Status"/> is <see cref="EmailSendStatus.Failed"/>.</summary>
    public EmailFailureKind? Failure { get; }

    /// <summary>Null when the message was sent.</summary>
    public string? Reason { get; }

    public bool IsSent => Status == EmailSendStatus.Sent;

    public static EmailSendResult Sent() => new(EmailSendStatus.Sent, null, null);

    public static EmailSendResult NotConfigured() =>
        new(EmailSendStatus.NotConfigured, null, "e-mail is not configured: set Smtp:Host to send notifications");

    public static EmailSendResult Failed(EmailFailureKind failure, string reason) => new(EmailSendStatus.Failed, failure, reason);

    public override string ToString() => Reason is null ? Status.ToString() : $"{Status} ({Failure}): {Reason}";
}
