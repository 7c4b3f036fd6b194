namespace VendorManager.Calendar;

public interface ICalendarFeedTokenRepository
{
    Task<CalendarFeedToken?> FindByHashAsync(string tokenHash, CancellationToken ct = default);
    Task<CalendarFeedToken?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The user's feeds, revoked ones included, newest first.</summary>
    Task<IReadOnlyList<CalendarFeedToken>> ListForUserAsync(Guid userId, CancellationToken ct = default);
    Task<int> CountActiveForUserAsync(Guid userId, CancellationToken ct = default);
    Task InsertAsync(CalendarFeedToken feed, CancellationToken ct = default);
}
