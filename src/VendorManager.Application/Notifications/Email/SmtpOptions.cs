namespace VendorManager.Notifications.Email;

/// <summary>Bound from "Smtp". E-mail is off until <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTlsWhenAvailable;

    /// <summary>Authenticates only when set; most hospital relays accept mail from known hosts without it.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "VendorManager";

    /// <summary>The limit for the whole exchange (connect, authenticate, send), so a dead relay cannot hold a job.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
