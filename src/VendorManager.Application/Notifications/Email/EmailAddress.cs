using MimeKit;

namespace VendorManager.Notifications.Email;

/// <summary>
/// One rule for what counts as an address, shared by the settings check and the sender: a bare
/// "user@domain" that MimeKit parses as a single mailbox, without a display name or a group.
/// </summary>
internal static class EmailAddress
{
    public static bool TryParse(string? text, out MailboxAddress mailbox)
    {
        mailbox = null!;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !MailboxAddress.TryParse(ParserOptions.Default, trimmed, out var parsed)
            || !string.IsNullOrEmpty(parsed.Name)
            || !string.Equals(parsed.Address, trimmed, StringComparison.Ordinal))
        {
            return false;
        }

        // MimeKit accepts a local part alone ("admin"); a relay would reject it or deliver it locally.
        var at = parsed.Address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == parsed.Address.Length - 1)
        {
            return false;
        }

        mailbox = parsed;
        return true;
    }
}
