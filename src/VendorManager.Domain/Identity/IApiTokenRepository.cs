namespace VendorManager.Identity;

public interface IApiTokenRepository
{
    Task<ApiToken?> FindByHashAsync(string tokenHash, CancellationToken ct = default);
    Task<ApiToken?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ApiToken>> ListForUserAsync(Guid userId, CancellationToken ct = default);
    Task InsertAsync(ApiToken token, CancellationToken ct = default);
    /// <summary>Deletes tokens that expired or were revoked before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTime before, CancellationToken ct = default);
}
