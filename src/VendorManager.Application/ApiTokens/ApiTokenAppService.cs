using Microsoft.AspNetCore.Identity;
using VendorManager.Identity;
using VendorManager.Users;

namespace VendorManager.ApiTokens;

public sealed class ApiTokenAppService(
    IApiTokenRepository tokens,
    IUnitOfWork unitOfWork,
    ICurrentUser currentUser,
    UserManager<AppUser> users,
    TimeProvider clock) : IApiTokenAppService
{
    /// <summary>Expired tokens stay visible (and refuse sign-in) this long before the purge job deletes them.</summary>
    public static readonly TimeSpan PurgeGrace = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<ApiTokenDto>> GetMyTokensAsync(CancellationToken ct = default)
        => (await tokens.ListForUserAsync(RequireUser(), ct)).Select(ToDto).ToList();

    public async Task<IssuedApiTokenDto> IssueAsync(IssueApiTokenInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (token, secret) = ApiToken.Issue(RequireUser(), input.Name, now, now.AddDays(input.ValidForDays));
        await tokens.InsertAsync(token, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new IssuedApiTokenDto(token.Id, token.Name, secret, token.ExpiresAt);
    }

    public async Task<IssuedApiTokenDto?> SignInAsync(SignInTokenInput input, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(input.UserName);
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user)) return null;
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            await users.AccessFailedAsync(user);
            return null;
        }
        await users.ResetAccessFailedCountAsync(user);

        var now = clock.GetUtcNow().UtcDateTime;
        var (token, secret) = ApiToken.Issue(user.Id, "sign-in", now, now.AddHours(ApiTokenConsts.SignInTokenLifetimeHours));
        await tokens.InsertAsync(token, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new IssuedApiTokenDto(token.Id, token.Name, secret, token.ExpiresAt);
    }

    public async Task RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var token = await tokens.FindAsync(id, ct);
        if (token is null || token.UserId != RequireUser()) throw new EntityNotFoundException(typeof(ApiToken), id);
        token.Revoke(clock.GetUtcNow().UtcDateTime);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public Task<int> PurgeExpiredAsync(CancellationToken ct = default)
        => tokens.DeleteExpiredAsync(clock.GetUtcNow().UtcDateTime - PurgeGrace, ct);

    private Guid RequireUser() => currentUser.Id ?? throw new UnauthorizedAccessException("Sign in first.");

    private static ApiTokenDto ToDto(ApiToken t) => new(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
