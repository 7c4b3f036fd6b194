namespace VendorManager.Evidence;

/// <summary>
/// One piece of an uptime window: a stored interval clipped to the window, or a synthesised
/// Unknown piece for time no interval covers (then <see cref="IntervalId"/> is null).
/// </summary>
public sealed record UptimeSegment(
    DateTime From,
    DateTime To,
    ProbeState State,
    ProbeReason Reason,
    string? ReasonText,
    Guid? IntervalId,
    long? Sequence)
{
    public TimeSpan Duration => To - From;
    public double Seconds => (double)Duration.Ticks / TimeSpan.TicksPerSecond;
    public bool IsSynthesised => IntervalId is null;
}
