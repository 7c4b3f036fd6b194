using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace VendorManager.Notifications.Email;

/// <summary>
/// Sends through the configured SMTP relay with MailKit: one connection per message (notifications
/// are few, and a fresh connection never inherits a half-broken session), the whole exchange
/// bounded by Smtp:TimeoutSeconds.
/// </summary>
public sealed class MailKitEmailSender(
    IOptionsMonitor<SmtpOptions> options,
    TimeProvider clock,
    ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);

        SmtpOptions smtp;
        try
        {
            smtp = options.CurrentValue;
        }
        catch (OptionsValidationException invalid)
        {
            return Fail(message, EmailFailureKind.InvalidConfiguration, invalid.Message);
        }

        if (!smtp.Enabled)
        {
            logger.LogDebug("E-mail '{Subject}' not sent: SMTP is not configured", message.Subject);
            return EmailSendResult.NotConfigured();
        }

        if (!TryBuild(message, smtp, out var mime, out var problem))
        {
            return Fail(message, EmailFailureKind.InvalidMessage, problem);
        }

        // Real time on purpose: the injected clock may be a test's frozen one, and a network deadline must still expire.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        var stage = SmtpStage.Connect;
        var transmission = new TransmissionWatch();
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host!.Trim(), smtp.Port, ToMailKit(smtp.Security), deadline.Token);
            if (!string.IsNullOrWhiteSpace(smtp.UserName))
            {
                stage = SmtpStage.Authenticate;
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, deadline.Token);
            }

            stage = SmtpStage.Send;
            await client.SendAsync(mime, deadline.Token, transmission);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            var (kind, reason) = SmtpFailureClassifier.TimedOut($"{smtp.Host}:{smtp.Port}", smtp);
            return Fail(message, kind, reason, transmission.Started);
        }
        catch (Exception error)
        {
            var (kind, reason) = SmtpFailureClassifier.Classify(error, stage, smtp);
            // A refusal of the message is the server's verdict: nothing was delivered. Anything else once
            // the content was on its way leaves it open whether the final dot was taken.
            var uncertain = transmission.Started && kind != EmailFailureKind.MessageRejected;
            if (kind == EmailFailureKind.Unexpected)
            {
                logger.LogError(error, "E-mail '{Subject}' not sent: {Reason}", message.Subject, reason);
                return EmailSendResult.Failed(kind, reason, uncertain);
            }

            return Fail(message, kind, reason, uncertain);
        }

        await QuitQuietlyAsync(client, smtp);
        logger.LogInformation("E-mail '{Subject}' sent to {Recipients} through {Host}:{Port}",
            message.Subject, string.Join(", ", message.To), smtp.Host, smtp.Port);
        return EmailSendResult.Sent();
    }

    private bool TryBuild(EmailMessage message, SmtpOptions smtp, out MimeMessage mime, out string problem)
    {
        mime = new MimeMessage();
        problem = string.Empty;
        if (message.To.Count == 0)
        {
            problem = "the message has no recipient";
            return false;
        }

        foreach (var to in message.To)
        {
            if (!EmailAddress.TryParse(to, out var mailbox))
            {
                problem = $"'{to}' is not an e-mail address";
                return false;
            }

            mime.To.Add(mailbox);
        }

        // Validated with the options, so only a value changed at run time without a restart can fail here.
        if (!EmailAddress.TryParse(smtp.FromAddress, out var from))
        {
            problem = $"Smtp:FromAddress '{smtp.FromAddress}' is not an e-mail address";
            return false;
        }

        mime.From.Add(new MailboxAddress(smtp.FromName, from.Address));
        mime.Subject = message.Subject;
        if (!string.IsNullOrWhiteSpace(message.MessageId))
        {
            mime.MessageId = message.MessageId;
        }

        mime.Date = clock.GetUtcNow();
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return true;
    }

    /// <summary>The message is accepted once DATA is answered; a relay that drops the line before QUIT changes nothing.</summary>
    private async Task QuitQuietlyAsync(SmtpClient client, SmtpOptions smtp)
    {
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Min(5, smtp.TimeoutSeconds)));
            await client.DisconnectAsync(quit: true, limit.Token);
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or MailKit.CommandException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
        {
            logger.LogDebug(error, "QUIT to {Host}:{Port} failed after the message was accepted", smtp.Host, smtp.Port);
        }
    }

    private EmailSendResult Fail(EmailMessage message, EmailFailureKind kind, string reason, bool mayHaveBeenDelivered = false)
    {
        if (mayHaveBeenDelivered)
        {
            logger.LogWarning("E-mail '{Subject}' may or may not have been delivered ({Failure}): {Reason}", message.Subject, kind, reason);
        }
        else
        {
            logger.LogWarning("E-mail '{Subject}' not sent ({Failure}): {Reason}", message.Subject, kind, reason);
        }

        return EmailSendResult.Failed(kind, reason, mayHaveBeenDelivered);
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
