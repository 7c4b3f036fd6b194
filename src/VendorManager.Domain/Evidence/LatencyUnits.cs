namespace VendorManager.Evidence;

/// <summary>
/// Stored latencies are whole 10 µs units: integers pack small and add up without drift, and 10 µs is
/// far finer than anything a DICOM echo over a network can tell apart.
/// </summary>
internal static class LatencyUnits
{
    public const double PerMs = 100;

    /// <summary>About 11.9 hours; a probe times out long before, so saturating here loses nothing real.</summary>
    public const uint Max = 0xFFFF_FFFE;

    public static uint FromMs(double latencyMs)
    {
        var units = Math.Round(latencyMs * PerMs, MidpointRounding.AwayFromZero);
        return units >= Max ? Max : (uint)units;
    }

    public static double ToMs(ulong units) => units / PerMs;
}
