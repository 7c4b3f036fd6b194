using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace VendorManager.Notifications.Email;

/// <summary>
/// Turns what MailKit and the socket layer throw into a failure kind and a sentence an
/// administrator can act on, naming the server and the setting to look at.
/// </summary>
internal static class SmtpFailureClassifier
{
    private const int MaxServerTextLength = 200;

    public static (EmailFailureKind Kind, string Reason) Classify(Exception error, SmtpStage stage, SmtpOptions options)
    {
        var server = $"{options.Host}:{options.Port}";
        return error switch
        {
            SocketException socket => FromSocket(socket, server, options),
            SslHandshakeException => (EmailFailureKind.Tls,
                $"the TLS handshake with {server} failed (untrusted or expired certificate, or no TLS on that port): check Smtp:Security"),
            AuthenticationException auth => (EmailFailureKind.AuthenticationFailed,
                $"{server} refused the login for '{options.UserName}': {ServerText(auth.Message)}"),
            ServiceNotAuthenticatedException => (EmailFailureKind.AuthenticationFailed,
                $"{server} requires authentication: set Smtp:UserName and Smtp:Password"),
            NotSupportedException unsupported when stage == SmtpStage.Connect => (EmailFailureKind.Tls,
                $"{server} does not offer STARTTLS, which Smtp:Security requires ({ServerText(unsupported.Message)})"),
            NotSupportedException when stage == SmtpStage.Authenticate => (EmailFailureKind.AuthenticationFailed,
                $"{server} offers no login mechanism we support: remove Smtp:UserName if the relay needs none"),
            SmtpCommandException command => FromCommand(command, server),
            SmtpProtocolException protocol => (EmailFailureKind.Protocol,
                $"{server} broke the SMTP protocol during {Describe(stage)}: {ServerText(protocol.Message)}"),
            TimeoutException => TimedOut(server, options),
            IOException { InnerException: SocketException inner } => FromSocket(inner, server, options),
            IOException io => (EmailFailureKind.Unreachable,
                $"the connection to {server} was lost during {Describe(stage)}: {ServerText(io.Message)}"),
            ServiceNotConnectedException => (EmailFailureKind.Unreachable,
                $"the connection to {server} was closed during {Describe(stage)}"),
            _ => (EmailFailureKind.Unexpected,
                $"sending through {server} failed during {Describe(stage)}: {error.GetType().Name}: {ServerText(error.Message)}"),
        };
    }

    public static (EmailFailureKind Kind, string Reason) TimedOut(string server, SmtpOptions options) =>
        (EmailFailureKind.TimedOut, $"{server} did not answer within {options.TimeoutSeconds} s (Smtp:TimeoutSeconds)");

    private static (EmailFailureKind, string) FromSocket(SocketException socket, string server, SmtpOptions options) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => (EmailFailureKind.ConnectionRefused,
            $"connection refused by {server}: no SMTP server listens there (check Smtp:Host and Smtp:Port)"),
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => (EmailFailureKind.HostNotFound,
            $"the SMTP host '{options.Host}' was not found in DNS (check Smtp:Host)"),
        SocketError.TimedOut => TimedOut(server, options),
        _ => (EmailFailureKind.Unreachable, $"{server} is unreachable: {socket.SocketErrorCode} ({socket.Message})"),
    };

    private static (EmailFailureKind, string) FromCommand(SmtpCommandException command, string server)
    {
        var answer = $"{(int)command.StatusCode} {ServerText(command.Message)}";
        return command.ErrorCode switch
        {
            SmtpErrorCode.RecipientNotAccepted => (EmailFailureKind.RecipientRejected,
                $"{server} rejected the recipient {command.Mailbox?.Address}: {answer}"),
            SmtpErrorCode.SenderNotAccepted => (EmailFailureKind.SenderRejected,
                $"{server} rejected the sender {command.Mailbox?.Address} (check Smtp:FromAddress): {answer}"),
            SmtpErrorCode.MessageNotAccepted => (EmailFailureKind.MessageRejected, $"{server} refused the message: {answer}"),
            _ => (EmailFailureKind.Protocol, $"{server} answered with an error: {answer}"),
        };
    }

    private static string Describe(SmtpStage stage) => stage switch
    {
        SmtpStage.Connect => "connect",
        SmtpStage.Authenticate => "login",
        _ => "sending",
    };

    // Server replies end up in logs and on screen; one runaway reply must not flood either.
    private static string ServerText(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxServerTextLength ? line : line[..MaxServerTextLength] + "…";
    }
}
