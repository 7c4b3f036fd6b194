namespace VendorManager.Evidence;

/// <summary>
/// How long a node was up, degraded, down and unknown in a window, straight from its state
/// intervals. Works in ticks so the parts add up to the window exactly.
/// </summary>
public static class UptimeCalculator
{
    public const string NotCoveredText = "no interval covers this time";

    /// <param name="intervals">One node's intervals, sealed and open, in any order.</param>
    /// <param name="from">Window start (UTC), inclusive.</param>
    /// <param name="to">Window end (UTC), exclusive.</param>
    public static UptimeBreakdown Calculate(IEnumerable<IStateSpan> intervals, DateTime from, DateTime to)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        EvidenceInstant.RequireUtc(from, nameof(from));
        EvidenceInstant.RequireUtc(to, nameof(to));
        if (to < from)
            throw new BusinessException(EvidenceErrorCodes.WindowInvalid, "The window must not end before it starts.", nameof(to));

        var totals = new long[4];
        var segments = new List<UptimeSegment>();
        var cursor = from;

        void Add(UptimeSegment segment)
        {
            totals[(int)segment.State] += segment.Duration.Ticks;
            segments.Add(segment);
        }

        // Intervals are half-open [From, To): a sealed interval's To is the next one's From. The
        // cursor also keeps overlapping rows (which a sound chain never has) from counting twice.
        foreach (var interval in intervals.OrderBy(i => i.From).ThenBy(i => i.Sequence))
        {
            if (cursor >= to) break;
            var start = interval.From > cursor ? interval.From : cursor;
            var end = interval.To < to ? interval.To : to;
            if (end <= start) continue;
            if (start > cursor)
                Add(NotCovered(cursor, start));
            Add(new UptimeSegment(start, end, interval.State, interval.Reason, interval.ReasonText, interval.Id, interval.Sequence));
            cursor = end;
        }
        // After an open interval's last probe we know nothing yet: that tail is unknown, not up.
        if (cursor < to)
            Add(NotCovered(cursor, to));

        return new UptimeBreakdown(from, to,
            TimeSpan.FromTicks(totals[(int)ProbeState.Up]),
            TimeSpan.FromTicks(totals[(int)ProbeState.Degraded]),
            TimeSpan.FromTicks(totals[(int)ProbeState.Down]),
            TimeSpan.FromTicks(totals[(int)ProbeState.Unknown]),
            segments);
    }

    private static UptimeSegment NotCovered(DateTime from, DateTime to)
        => new(from, to, ProbeState.Unknown, ProbeReason.MonitoringGap, NotCoveredText, null, null);
}
