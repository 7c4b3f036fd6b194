namespace VendorManager.Notifications.Email;

/// <summary>Why a send failed, coarse enough for an administrator to know where to look.</summary>
public enum EmailFailureKind
{
    /// <summary>The "Smtp" settings are invalid (sender address, port, timeout).</summary>
    InvalidConfiguration,

    /// <summary>The message itself cannot be sent: no recipient, or an address that does not parse.</summary>
    InvalidMessage,

    /// <summary>The host answered, but nothing listens on the port.</summary>
    ConnectionRefused,

    /// <summary>The host name does not resolve.</summary>
    HostNotFound,

    /// <summary>No route to the host, or the network dropped the connection.</summary>
    Unreachable,

    /// <summary>The server did not answer within Smtp:TimeoutSeconds.</summary>
    TimedOut,

    /// <summary>STARTTLS or SSL failed: not offered, or the certificate was not trusted.</summary>
    Tls,

    /// <summary>The server refused the user name and password, or demanded ones that are not configured.</summary>
    AuthenticationFailed,

    SenderRejected,

    RecipientRejected,

    /// <summary>The server refused the message after accepting sender and recipients (size, content).</summary>
    MessageRejected,

    /// <summary>The server broke the SMTP protocol or answered with an error outside the cases above.</summary>
    Protocol,

    /// <summary>Anything else; the exception is in the log.</summary>
    Unexpected,
}
