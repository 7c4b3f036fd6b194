using Microsoft.EntityFrameworkCore;
using VendorManager.Calendar;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class CalendarFeedTokenRepository(VendorManagerDbContext db) : ICalendarFeedTokenRepository
{
    // Through Set<T>() rather than a DbSet property: the entity's configuration registers it.
    private DbSet<CalendarFeedToken> Feeds => db.Set<CalendarFeedToken>();

    public Task<CalendarFeedToken?> FindByHashAsync(string tokenHash, CancellationToken ct = default)
        => Feeds.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, ct);

    public Task<CalendarFeedToken?> FindAsync(Guid id, CancellationToken ct = default)
        => Feeds.FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<IReadOnlyList<CalendarFeedToken>> ListForUserAsync(Guid userId, CancellationToken ct = default)
        => await Feeds.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToListAsync(ct);

    public Task<int> CountActiveForUserAsync(Guid userId, CancellationToken ct = default)
        => Feeds.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct);

    public async Task InsertAsync(CalendarFeedToken feed, CancellationToken ct = default) => await Feeds.AddAsync(feed, ct);
}
