using Microsoft.EntityFrameworkCore;
using VendorManager.Identity;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ApiTokenRepository(VendorManagerDbContext db) : IApiTokenRepository
{
    public Task<ApiToken?> FindByHashAsync(string tokenHash, CancellationToken ct = default)
        => db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, ct);

    public Task<ApiToken?> FindAsync(Guid id, CancellationToken ct = default)
        => db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<IReadOnlyList<ApiToken>> ListForUserAsync(Guid userId, CancellationToken ct = default)
        => await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public async Task InsertAsync(ApiToken token, CancellationToken ct = default) => await db.ApiTokens.AddAsync(token, ct);

    public Task<int> DeleteExpiredAsync(DateTime before, CancellationToken ct = default)
        => db.ApiTokens.Where(t => t.ExpiresAt < before || (t.RevokedAt != null && t.RevokedAt < before)).ExecuteDeleteAsync(ct);
}
