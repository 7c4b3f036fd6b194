namespace VendorManager.Notifications.Email;

/// <summary>
/// Sends one e-mail. SMTP trouble comes back as a <see cref="EmailSendResult"/>, never as an
/// exception, so a job that notifies several people can record each outcome and carry on.
/// </summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken ct = default);
}
