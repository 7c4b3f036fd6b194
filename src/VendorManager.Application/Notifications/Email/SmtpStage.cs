namespace VendorManager.Notifications.Email;

/// <summary>How far a send got; the same exception type means different things at different steps.</summary>
internal enum SmtpStage
{
    Connect,
    Authenticate,
    Send,
}
