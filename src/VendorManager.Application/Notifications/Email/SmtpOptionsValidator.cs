using Microsoft.Extensions.Options;

namespace VendorManager.Notifications.Email;

/// <summary>
/// Checks the "Smtp" settings when the host starts, so a typo is reported once with the setting's
/// name instead of as a failed send in the middle of the night.
/// </summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public const int MaxTimeoutSeconds = 600;

    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var errors = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            errors.Add($"Smtp:Port must be between 1 and 65535 (it is {options.Port}); 25, 587 and 465 are usual");
        }

        if (options.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            errors.Add($"Smtp:TimeoutSeconds must be between 1 and {MaxTimeoutSeconds} (it is {options.TimeoutSeconds})");
        }

        if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrWhiteSpace(options.UserName))
        {
            errors.Add("Smtp:Password is set without Smtp:UserName");
        }

        if (options.Enabled)
        {
            if (Uri.CheckHostName(options.Host!.Trim()) == UriHostNameType.Unknown)
            {
                errors.Add($"Smtp:Host '{options.Host}' is not a host name or IP address (leave out any scheme or port)");
            }

            if (string.IsNullOrWhiteSpace(options.FromAddress))
            {
                errors.Add("Smtp:FromAddress is required when Smtp:Host is set, e.g. vendormanager@hospital.example");
            }
            else if (!EmailAddress.TryParse(options.FromAddress, out _))
            {
                errors.Add($"Smtp:FromAddress '{options.FromAddress}' is not a single e-mail address like vendormanager@hospital.example (put the display name in Smtp:FromName)");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
