namespace VendorManager.Notifications.Email;

/// <summary>What to send; the sender comes from <see cref="SmtpOptions"/>.</summary>
public sealed record EmailMessage
{
    public required IReadOnlyList<string> To { get; init; }

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    /// <summary>Sent as the alternative to <see cref="TextBody"/>; mail clients that cannot show HTML keep the text.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>
    /// The Message-Id header, without angle brackets; one is generated when null. A sender that may
    /// repeat a message gives every attempt the same id, so a copy that did arrive can be recognised.
    /// </summary>
    public string? MessageId { get; init; }
}
