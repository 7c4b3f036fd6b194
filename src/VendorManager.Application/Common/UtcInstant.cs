namespace VendorManager.Common;

/// <summary>
/// Instants that crossed a boundary (JSON job arguments, query strings) come back with any kind: a
/// local time is converted, a time without a zone is taken as UTC, never as the server's local time.
/// </summary>
internal static class UtcInstant
{
    public static DateTime From(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
