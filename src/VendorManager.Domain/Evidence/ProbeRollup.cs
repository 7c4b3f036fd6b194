namespace VendorManager.Evidence;

/// <summary>
/// One node's probes summarised over a UTC hour or day: counts per state and latency figures.
/// Rollups outlive the raw samples, so reports older than the raw retention read these.
/// Latency figures cover answered probes only (Up and Degraded): a refusal's or a timeout's
/// duration says how long failing took, not how fast the node serves, and would swamp the p95.
/// Not stored as such: a <see cref="DailyRollup"/> row holds a day and its hours, and hands them out as these.
/// </summary>
public class ProbeRollup
{
    public Guid NodeId { get; private set; }
    public RollupGranularity Granularity { get; private set; }
    /// <summary>UTC, aligned to the hour or to midnight.</summary>
    public DateTime BucketStart { get; private set; }
    public int ProbeCount { get; private set; }
    public int UpCount { get; private set; }
    public int DegradedCount { get; private set; }
    public int DownCount { get; private set; }
    /// <summary>Probes that contributed a latency; the mean's denominator.</summary>
    public int LatencyCount { get; private set; }
    public double? LatencyMinMs { get; private set; }
    public double? LatencyMaxMs { get; private set; }
    public double LatencySumMs { get; private set; }
    /// <summary>A <see cref="LatencyHistogram"/> in its compact form.</summary>
    public byte[] Histogram { get; private set; } = new LatencyHistogram().ToBytes();

    public DateTime BucketEnd => End(Granularity, BucketStart);

    public double? MeanLatencyMs => LatencyCount == 0 ? null : LatencySumMs / LatencyCount;

    /// <summary>
    /// The histogram's p95 (its bucket's upper bound, see <see cref="LatencyHistogram"/>), capped at the
    /// largest latency seen: the cap only removes overstatement, the true p95 is never above the maximum.
    /// </summary>
    public double? P95LatencyMs
        => ReadHistogram().Percentile(95) is { } p95 && LatencyMaxMs is { } max ? Math.Min(p95, max) : null;

    private ProbeRollup(Guid nodeId, RollupGranularity granularity, DateTime bucketStart)
    {
        NodeId = nodeId;
        Granularity = granularity;
        BucketStart = bucketStart;
    }

    /// <summary>An empty rollup for the bucket starting at <paramref name="bucketStart"/>, which must be aligned.</summary>
    public static ProbeRollup Start(Guid nodeId, RollupGranularity granularity, DateTime bucketStart)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "A rollup must name its node.", nameof(NodeId));
        EvidenceInstant.RequireUtc(bucketStart, nameof(BucketStart));
        if (AlignedStart(granularity, bucketStart) != bucketStart)
            throw new BusinessException(EvidenceErrorCodes.BucketNotAligned,
                $"A {granularity.ToString().ToLowerInvariant()} rollup starts on the UTC {(granularity == RollupGranularity.Hour ? "hour" : "midnight")}.",
                nameof(BucketStart));
        return new ProbeRollup(nodeId, granularity, bucketStart);
    }

    /// <summary>A rollup rebuilt from stored figures, which the caller has already checked for consistency.</summary>
    internal static ProbeRollup Restore(Guid nodeId, RollupGranularity granularity, DateTime bucketStart, int upCount, int degradedCount,
        int downCount, int latencyCount, double? latencyMinMs, double? latencyMaxMs, double latencySumMs, byte[] histogram)
    {
        var rollup = Start(nodeId, granularity, bucketStart);
        rollup.ProbeCount = upCount + degradedCount + downCount;
        rollup.UpCount = upCount;
        rollup.DegradedCount = degradedCount;
        rollup.DownCount = downCount;
        rollup.LatencyCount = latencyCount;
        rollup.LatencyMinMs = latencyMinMs;
        rollup.LatencyMaxMs = latencyMaxMs;
        rollup.LatencySumMs = latencySumMs;
        rollup.Histogram = histogram;
        return rollup;
    }

    /// <summary>An empty rollup for the bucket that contains <paramref name="at"/>.</summary>
    public static ProbeRollup StartFor(Guid nodeId, RollupGranularity granularity, DateTime at)
        => Start(nodeId, granularity, AlignedStart(granularity, EvidenceInstant.RequireUtc(at, nameof(at))));

    /// <summary>The start of the UTC hour or day that contains <paramref name="at"/>.</summary>
    public static DateTime AlignedStart(RollupGranularity granularity, DateTime at)
    {
        var span = Length(granularity).Ticks;
        return new DateTime(at.Ticks - at.Ticks % span, DateTimeKind.Utc);
    }

    public void Add(ProbeObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.NodeId != NodeId)
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "The observation is for another node than the rollup.", nameof(NodeId));
        if (observation.At < BucketStart || observation.At >= BucketEnd)
            throw new BusinessException(EvidenceErrorCodes.ObservationOutsideBucket,
                $"A probe at {observation.At:O} is outside the rollup [{BucketStart:O}, {BucketEnd:O}).", "At", BusinessErrorKind.Rule);

        ProbeCount++;
        switch (observation.State)
        {
            case ProbeState.Up: UpCount++; break;
            case ProbeState.Degraded: DegradedCount++; break;
            default: DownCount++; break;
        }
        if (AnsweredLatencyMs(observation) is { } ms)
        {
            var histogram = ReadHistogram();
            histogram.Add(ms);
            Histogram = histogram.ToBytes();
            LatencyCount++;
            LatencySumMs += ms;
            LatencyMinMs = LatencyMinMs is { } min ? Math.Min(min, ms) : ms;
            LatencyMaxMs = LatencyMaxMs is { } max ? Math.Max(max, ms) : ms;
        }
    }

    /// <summary>
    /// Folds an hour rollup into this day rollup, so days can be built from hours. Nothing here can
    /// tell whether the hour was folded in before: the caller folds each hour once.
    /// </summary>
    public void Absorb(ProbeRollup hour)
    {
        ArgumentNullException.ThrowIfNull(hour);
        if (Granularity != RollupGranularity.Day || hour.Granularity != RollupGranularity.Hour || hour.NodeId != NodeId
            || hour.BucketStart < BucketStart || hour.BucketStart >= BucketEnd)
            throw new BusinessException(EvidenceErrorCodes.RollupMismatch,
                "Only an hour rollup of the same node and inside the day can be folded into a day rollup.", kind: BusinessErrorKind.Rule);

        ProbeCount += hour.ProbeCount;
        UpCount += hour.UpCount;
        DegradedCount += hour.DegradedCount;
        DownCount += hour.DownCount;
        if (hour.LatencyCount == 0) return;
        var histogram = ReadHistogram();
        histogram.Merge(hour.ReadHistogram());
        Histogram = histogram.ToBytes();
        LatencyCount += hour.LatencyCount;
        LatencySumMs += hour.LatencySumMs;
        LatencyMinMs = LatencyMinMs is { } min ? Math.Min(min, hour.LatencyMinMs!.Value) : hour.LatencyMinMs;
        LatencyMaxMs = LatencyMaxMs is { } max ? Math.Max(max, hour.LatencyMaxMs!.Value) : hour.LatencyMaxMs;
    }

    /// <summary>The latency a probe contributes to latency figures: answered probes' only (see the class remarks).</summary>
    internal static double? AnsweredLatencyMs(ProbeObservation observation)
        => observation.State is ProbeState.Up or ProbeState.Degraded ? observation.LatencyMs : null;

    public LatencyHistogram ReadHistogram() => LatencyHistogram.FromBytes(Histogram);

    private static DateTime End(RollupGranularity granularity, DateTime start) => start + Length(granularity);

    private static TimeSpan Length(RollupGranularity granularity) => granularity switch
    {
        RollupGranularity.Hour => TimeSpan.FromHours(1),
        RollupGranularity.Day => TimeSpan.FromDays(1),
        _ => throw new BusinessException(EvidenceErrorCodes.GranularityInvalid, "A rollup covers an hour or a day.", nameof(Granularity)),
    };
}
