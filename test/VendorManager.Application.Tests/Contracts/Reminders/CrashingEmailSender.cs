using VendorManager.Notifications.Email;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>
/// Hands the message to the real sender (the relay takes it), then fails the way a process does
/// that dies before it can record the outcome: <see cref="AfterSending"/> throws or stops the job.
/// </summary>
internal sealed class CrashingEmailSender(IEmailSender inner, Action afterSending) : IEmailSender
{
    public int Calls { get; private set; }

    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Calls++;
        var result = await inner.SendAsync(message, ct);
        if (result.IsSent) afterSending();
        return result;
    }
}
