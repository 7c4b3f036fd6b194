using Microsoft.AspNetCore.Identity;
using VendorManager.Identity;

namespace VendorManager.ApiTokens;

/// <summary>Resolves a presented bearer secret to its active user, or null. Used by the API's authentication handler.</summary>
public sealed class ApiTokenValidator(IApiTokenRepository tokens, IUnitOfWork unitOfWork, UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>Last-used time is written at most this often, so a busy script does not write on every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    public async Task<AppUser?> ValidateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(ApiTokenConsts.Prefix, StringComparison.Ordinal) || secret.Length > 256) return null;
        var token = await tokens.FindByHashAsync(ApiToken.Hash(secret), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.IsValidAt(now)) return null;

        var user = await users.FindByIdAsync(token.UserId.ToString());
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user)) return null;

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            token.MarkUsed(now);
            await unitOfWork.SaveChangesAsync(ct);
        }
        return user;
    }
}
