using Microsoft.Extensions.Options;
using VendorManager.Notifications.Email;

namespace VendorManager.Contracts;

/// <summary>Checks "Contracts:Reminders" at start-up: a mistyped address would otherwise make every reminder fail at the relay.</summary>
public sealed class ContractReminderOptionsValidator : IValidateOptions<ContractReminderOptions>
{
    public const int MaxMaxAttempts = 1000;

    public ValidateOptionsResult Validate(string? name, ContractReminderOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Recipients.Count; i++)
        {
            if (!EmailAddress.TryParse(options.Recipients[i], out _))
                errors.Add($"Contracts:Reminders:Recipients:{i} '{options.Recipients[i]}' is not a single e-mail address like procurement@hospital.example");
        }
        if (options.Recipients.Count > ContractReminderConsts.MaxRecipients - 1)
            errors.Add($"Contracts:Reminders:Recipients lists {options.Recipients.Count} addresses; at most {ContractReminderConsts.MaxRecipients - 1} (use a distribution list)");
        if (options.MaxAttempts is < 1 or > MaxMaxAttempts)
            errors.Add($"Contracts:Reminders:MaxAttempts must be between 1 and {MaxMaxAttempts} (it is {options.MaxAttempts})");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
