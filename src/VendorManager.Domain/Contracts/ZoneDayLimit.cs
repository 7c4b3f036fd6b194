using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// For contracts kept in one of <see cref="TimeZoneIds"/>, the last local day that still counts.
/// Zones whose today is the same share a limit, so a query has one condition per distinct day
/// (at most three at any instant) instead of one per zone.
/// </summary>
public sealed record ZoneDayLimit(IReadOnlyList<string> TimeZoneIds, LocalDate LastDay)
{
    /// <summary>The limits for every zone in <paramref name="zoneIds"/>: today there, moved by <paramref name="days"/>.</summary>
    public static IReadOnlyList<ZoneDayLimit> FromToday(IEnumerable<string> zoneIds, DateTime now, int days)
        => zoneIds
            .Distinct(StringComparer.Ordinal)
            .GroupBy(id => ContractTimeZone.Today(now, ContractTimeZone.Get(id)).PlusDays(days))
            .Select(g => new ZoneDayLimit(g.ToList(), g.Key))
            .ToList();
}
