namespace VendorManager.Notifications.Email;

public enum SmtpSecurity
{
    /// <summary>Plain text, for a relay on a trusted network segment.</summary>
    None,

    /// <summary>STARTTLS is required: sending fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>STARTTLS when the server offers it, plain text otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    SslOnConnect,
}
