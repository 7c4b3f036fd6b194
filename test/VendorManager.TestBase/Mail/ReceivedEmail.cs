using MimeKit;

namespace VendorManager.TestBase.Mail;

/// <summary>
/// One message as the SMTP test server received it: the envelope (what the client said in MAIL FROM
/// and RCPT TO, which is what a relay delivers by) beside the parsed message (what a reader sees).
/// </summary>
public sealed record ReceivedEmail(
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeTo,
    string? AuthenticatedUser,
    MimeMessage Message)
{
    public string? Subject => Message.Subject;

    public string? TextBody => Message.TextBody;

    public string? HtmlBody => Message.HtmlBody;
}
