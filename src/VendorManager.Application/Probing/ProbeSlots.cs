namespace VendorManager.Probing;

/// <summary>
/// When a node is probed: every interval, at a phase of its own within the interval. The phase
/// comes from the node id, so it is the same on every app instance and across restarts, and
/// spreads nodes evenly instead of probing them all on the minute (per-node jitter).
/// </summary>
public static class ProbeSlots
{
    public static TimeSpan Phase(Guid nodeId, int intervalSeconds)
    {
        Span<byte> bytes = stackalloc byte[16];
        nodeId.TryWriteBytes(bytes);
        // Version 7 ids start with a timestamp; the tail is random, so take the phase from there.
        var random = BitConverter.ToUInt64(bytes[8..]);
        var intervalMs = (ulong)intervalSeconds * 1000;
        return TimeSpan.FromMilliseconds(random % intervalMs);
    }

    /// <summary>The node's slots in [from, to), in order.</summary>
    public static IEnumerable<DateTime> Between(Guid nodeId, int intervalSeconds, DateTime from, DateTime to)
    {
        var interval = TimeSpan.FromSeconds(intervalSeconds).Ticks;
        var phase = Phase(nodeId, intervalSeconds).Ticks;
        // The first slot at or after 'from': slots sit at phase + k × interval since the epoch.
        var sinceEpoch = from.Ticks - phase;
        var k = sinceEpoch >= 0 ? (sinceEpoch + interval - 1) / interval : sinceEpoch / interval;
        for (var ticks = k * interval + phase; ticks < to.Ticks; ticks += interval)
            yield return new DateTime(ticks, DateTimeKind.Utc);
    }
}
