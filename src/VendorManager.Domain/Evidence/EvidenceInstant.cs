namespace VendorManager.Evidence;

/// <summary>Guards for the instants evidence is built from.</summary>
internal static class EvidenceInstant
{
    public static DateTime RequireUtc(DateTime value, string field)
    {
        // Unspecified or local times would be shifted by whatever zone the server runs in.
        if (value.Kind != DateTimeKind.Utc)
            throw new BusinessException(EvidenceErrorCodes.TimeNotUtc, $"{field} must be a UTC instant.", field);
        return value;
    }

    /// <summary>
    /// Drops the sub-microsecond ticks. PostgreSQL keeps microseconds, so a row hashed with 100 ns
    /// ticks would read back different and fail verification.
    /// </summary>
    public static DateTime ToMicroseconds(DateTime value)
        => new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);

    /// <summary>A version 7 id stamped with the evidence's own instant rather than the clock, so ids sort like the rows.</summary>
    public static Guid NewId(DateTime at)
        => at >= DateTime.UnixEpoch ? Guid.CreateVersion7(new DateTimeOffset(at.Ticks, TimeSpan.Zero)) : Guid.NewGuid();
}
