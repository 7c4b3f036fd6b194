namespace VendorManager.ApiTokens;

public interface IApiTokenAppService
{
    Task<IReadOnlyList<ApiTokenDto>> GetMyTokensAsync(CancellationToken ct = default);
    Task<IssuedApiTokenDto> IssueAsync(IssueApiTokenInput input, CancellationToken ct = default);
    /// <summary>Checks the password (with lockout) and issues a token for that user; null when the sign-in fails.</summary>
    Task<IssuedApiTokenDto?> SignInAsync(SignInTokenInput input, CancellationToken ct = default);
    Task RevokeAsync(Guid id, CancellationToken ct = default);
    Task<int> PurgeExpiredAsync(CancellationToken ct = default);
}
