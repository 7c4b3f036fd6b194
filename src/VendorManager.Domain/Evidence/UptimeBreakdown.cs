namespace VendorManager.Evidence;

/// <summary>
/// Where a window's time went. The four durations are exact (ticks) and always add up to the
/// window; the seconds are the same figures as doubles for reports and the API.
/// </summary>
public sealed record UptimeBreakdown
{
    public DateTime From { get; }
    public DateTime To { get; }
    public TimeSpan Up { get; }
    public TimeSpan Degraded { get; }
    public TimeSpan Down { get; }
    /// <summary>Monitoring gaps plus any part of the window no interval covers.</summary>
    public TimeSpan Unknown { get; }
    /// <summary>The window tiled in time order, without zero-length pieces.</summary>
    public IReadOnlyList<UptimeSegment> Intervals { get; }

    public TimeSpan Window => To - From;
    public double UpSeconds => Seconds(Up);
    public double DegradedSeconds => Seconds(Degraded);
    public double DownSeconds => Seconds(Down);
    public double UnknownSeconds => Seconds(Unknown);
    public double WindowSeconds => Seconds(Window);

    internal UptimeBreakdown(DateTime from, DateTime to, TimeSpan up, TimeSpan degraded, TimeSpan down, TimeSpan unknown,
        IReadOnlyList<UptimeSegment> intervals)
    {
        From = from;
        To = to;
        Up = up;
        Degraded = degraded;
        Down = down;
        Unknown = unknown;
        Intervals = intervals;
    }

    private static double Seconds(TimeSpan span) => (double)span.Ticks / TimeSpan.TicksPerSecond;
}
