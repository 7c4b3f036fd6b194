using VendorManager.Entities;

namespace VendorManager.Identity;

/// <summary>
/// A bearer token for scripts calling the API. Only the SHA-256 of the secret is stored, so a
/// database dump cannot be replayed; the secret is shown once, when the token is issued.
/// </summary>
public class ApiToken : Entity<Guid>
{
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = null!;
    public string TokenHash { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    private ApiToken() { }

    private ApiToken(Guid id, Guid userId, string name, string tokenHash, DateTime createdAt, DateTime expiresAt) : base(id)
    {
        UserId = userId;
        Name = name;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>Issues a token and returns it with the secret, which the caller shows once.</summary>
    public static (ApiToken Token, string Secret) Issue(Guid userId, string? name, DateTime now, DateTime expiresAt)
    {
        var trimmed = Check.NotBlank(name, ApiTokenConsts.MaxNameLength, "Name",
            VendorManagerErrorCodes.ApiTokens.NameRequired, VendorManagerErrorCodes.ApiTokens.NameRequired);
        if (expiresAt <= now)
            throw new BusinessException(VendorManagerErrorCodes.ApiTokens.ExpiryInPast, "The expiry must be in the future.", "ExpiresAt");
        if (expiresAt > now.AddDays(ApiTokenConsts.MaxLifetimeDays))
            throw new BusinessException(VendorManagerErrorCodes.ApiTokens.ExpiryTooFar,
                $"A token may live at most {ApiTokenConsts.MaxLifetimeDays} days.", "ExpiresAt");
        var secret = BearerSecret.New(ApiTokenConsts.Prefix);
        return (new ApiToken(Guid.CreateVersion7(), userId, trimmed, Hash(secret), now, expiresAt), secret);
    }

    public static string Hash(string secret) => BearerSecret.Hash(secret);

    public bool IsValidAt(DateTime now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void MarkUsed(DateTime now) => LastUsedAt = now;
}
