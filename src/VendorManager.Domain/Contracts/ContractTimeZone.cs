using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// Contract zones come from NodaTime's own TZDB, never the server's: a deadline is a whole day in
/// the contract's zone and must not move with the host's zone, tzdata or daylight saving.
/// </summary>
public static class ContractTimeZone
{
    // TZDB ids are case-sensitive; people type "europe/amsterdam". Links such as Europe/Amsterdam
    // are kept as entered rather than canonicalised (to Europe/Brussels), which would confuse people.
    private static readonly Dictionary<string, string> Ids =
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The IANA id as TZDB spells it; fixed offsets such as "UTC+01:00" are refused because they ignore daylight saving.</summary>
    public static string Validate(string? id, string field)
    {
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ContractConsts.MaxTimeZoneIdLength || !Ids.TryGetValue(trimmed, out var known))
            throw new BusinessException(VendorManagerErrorCodes.Contracts.TimeZoneInvalid,
                $"'{id}' is not an IANA time zone such as Europe/Amsterdam or America/New_York.", field);
        return known;
    }

    public static DateTimeZone Get(string id) => DateTimeZoneProviders.Tzdb[id];

    public static DateTime RequireUtc(DateTime value, string field)
    {
        // A local or unspecified time would be read in the server's zone: the very drift we avoid.
        if (value.Kind != DateTimeKind.Utc)
            throw new BusinessException(VendorManagerErrorCodes.Contracts.TimeNotUtc, $"{field} must be a UTC instant.", field);
        return value;
    }

    public static LocalDate Today(DateTime utcNow, DateTimeZone zone)
        => Instant.FromDateTimeUtc(RequireUtc(utcNow, "now")).InZone(zone).Date;

    /// <summary>
    /// The first instant of <paramref name="day"/> in the zone, as UTC. Where midnight is skipped
    /// (Havana's spring-forward) the day starts when the clocks land; where the whole day is
    /// skipped (Apia, 30 December 2011) it is the instant the next day begins, so the answer always
    /// exists. NodaTime's AtStartOfDay throws in that second case.
    /// </summary>
    public static DateTime StartOfDayUtc(LocalDate day, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(day.AtMidnight());
        var instant = mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            _ => mapping.First().ToInstant(),
        };
        return instant.ToDateTimeUtc();
    }

    /// <summary>
    /// A deadline day ends when the next local day starts: that exclusive instant is what a deadline
    /// means in UTC, and it stays put whatever the server's zone.
    /// </summary>
    public static DateTime EndOfDayUtc(LocalDate day, DateTimeZone zone) => StartOfDayUtc(day.PlusDays(1), zone);
}
