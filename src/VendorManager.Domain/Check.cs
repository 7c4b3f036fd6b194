using System.Net.Mail;

namespace VendorManager;

/// <summary>Guard clauses that throw <see cref="BusinessException"/> with the caller's code and field.</summary>
public static class Check
{
    /// <param name="field">The input field, as a path ("Name", "Contacts.Email"); <paramref name="label"/> is what people read.</param>
    public static string NotBlank(string? value, int maxLength, string field, string requiredCode, string tooLongCode, string? label = null)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new BusinessException(requiredCode, $"{label ?? field} is required.", field);
        if (trimmed.Length > maxLength)
            throw new BusinessException(tooLongCode, $"{label ?? field} must be at most {maxLength} characters.", field);
        return trimmed;
    }

    public static string? Optional(string? value, int maxLength, string field, string tooLongCode, string? label = null)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        if (trimmed.Length > maxLength)
            throw new BusinessException(tooLongCode, $"{label ?? field} must be at most {maxLength} characters.", field);
        return trimmed;
    }

    public static bool IsEmail(string value)
        => MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
