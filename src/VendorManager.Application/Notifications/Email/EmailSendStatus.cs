namespace VendorManager.Notifications.Email;

public enum EmailSendStatus
{
    Sent,

    /// <summary>No SMTP host is configured: e-mail is switched off, which is not an error.</summary>
    NotConfigured,

    Failed,
}
