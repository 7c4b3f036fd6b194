using System.ComponentModel.DataAnnotations;

namespace VendorManager.ApiTokens;

public sealed record ApiTokenDto(Guid Id, string Name, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

/// <summary>Returned once, when a token is issued: the secret is not stored and cannot be shown again.</summary>
public sealed record IssuedApiTokenDto(Guid Id, string Name, string Token, DateTime ExpiresAt);

public sealed class IssueApiTokenInput
{
    [Required, StringLength(128)]
    public string Name { get; set; } = "";

    [Range(1, 365)]
    public int ValidForDays { get; set; } = 90;
}

/// <summary>Exchanges a user name and password for a short-lived token, for scripts.</summary>
public sealed class SignInTokenInput
{
    [Required, StringLength(256)]
    public string UserName { get; set; } = "";

    [Required, StringLength(256)]
    public string Password { get; set; } = "";
}
