namespace VendorManager.Evidence;

/// <summary>
/// Probe latencies in 48 fixed log-scale buckets, so rollups merge by adding counts and still
/// answer percentiles. Bucket 0 holds [0, 0.05 ms]; bucket i holds (b(i−1), b(i)] with
/// b(i) = 0.05 ms × r^i and r = (60 000 / 0.05)^(1/47) ≈ 1.3469; bucket 47 ends at 60 s and also
/// takes anything slower (probes time out long before that matters).
/// Resolution: a percentile is reported as its bucket's upper bound, so for latencies between
/// 0.05 ms and 60 s the answer is at least the true value and less than r times it (under +35 %);
/// below 0.05 ms it reads 0.05 ms, above 60 s it reads 60 s.
/// </summary>
public sealed class LatencyHistogram
{
    public const int BucketCount = 48;
    public const double FirstUpperBoundMs = 0.05;
    public const double LastUpperBoundMs = 60_000;
    /// <summary>The format of <see cref="ToBytes"/>; bump it for any change to the buckets or the encoding.</summary>
    private const byte FormatVersion = 1;

    public static double Ratio { get; } = Math.Pow(LastUpperBoundMs / FirstUpperBoundMs, 1.0 / (BucketCount - 1));

    private static readonly double[] UpperBounds = CreateUpperBounds();

    private readonly long[] _counts = new long[BucketCount];

    public long Count { get; private set; }

    public static double UpperBoundMs(int bucket) => UpperBounds[bucket];

    public long CountIn(int bucket) => _counts[bucket];

    public void Add(double latencyMs)
    {
        if (!double.IsFinite(latencyMs) || latencyMs < 0)
            throw new BusinessException(EvidenceErrorCodes.LatencyInvalid, "Latency must be a finite number of milliseconds, zero or more.", "LatencyMs");
        _counts[BucketOf(latencyMs)]++;
        Count++;
    }

    public void Merge(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < BucketCount; i++)
            _counts[i] += other._counts[i];
        Count += other.Count;
    }

    /// <summary>The upper bound of the bucket holding the nearest-rank <paramref name="percent"/>th latency; null when empty.</summary>
    /// <param name="percent">Above 0 and at most 100, e.g. 95.</param>
    public double? Percentile(double percent)
    {
        if (!(percent > 0 && percent <= 100))
            throw new BusinessException(EvidenceErrorCodes.PercentileOutOfRange, "A percentile is above 0 and at most 100.", nameof(percent));
        if (Count == 0) return null;
        // percent × Count first keeps whole ranks exact (95 × 20 / 100 is 19, not 19.000000000000004).
        var rank = Math.Max(1, (long)Math.Ceiling(percent * Count / 100.0));
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return UpperBounds[i];
        }
        return UpperBounds[^1];
    }

    /// <summary>
    /// A version byte, then for each non-empty bucket in order: varint (index − previous index − 1)
    /// and varint count. An empty histogram is one byte; a typical hour of probes a handful.
    /// </summary>
    public byte[] ToBytes()
    {
        var output = new List<byte>(16) { FormatVersion };
        var previous = -1;
        for (var i = 0; i < BucketCount; i++)
        {
            if (_counts[i] == 0) continue;
            Varint.Write(output, (ulong)(i - previous - 1));
            Varint.Write(output, (ulong)_counts[i]);
            previous = i;
        }
        return [.. output];
    }

    public static LatencyHistogram FromBytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data[0] != FormatVersion)
            throw Invalid("it does not start with a known format version");
        var histogram = new LatencyHistogram();
        var position = 1;
        var index = -1;
        while (position < data.Length)
        {
            if (!Varint.TryRead(data, ref position, out var skip) || !Varint.TryRead(data, ref position, out var count))
                throw Invalid("a number is truncated or too long");
            if (skip >= BucketCount || (index += (int)skip + 1) >= BucketCount)
                throw Invalid("a bucket index is out of range");
            if (count == 0 || count > long.MaxValue || histogram.Count > long.MaxValue - (long)count)
                throw Invalid("a count is zero or too large");
            histogram._counts[index] = (long)count;
            histogram.Count += (long)count;
        }
        return histogram;
    }

    private static int BucketOf(double latencyMs)
    {
        // Binary search over the exact bounds: a logarithm could put a value on a boundary one bucket off.
        var found = Array.BinarySearch(UpperBounds, latencyMs);
        var bucket = found >= 0 ? found : ~found;
        return Math.Min(bucket, BucketCount - 1);
    }

    private static double[] CreateUpperBounds()
    {
        var bounds = new double[BucketCount];
        for (var i = 0; i < BucketCount; i++)
            bounds[i] = FirstUpperBoundMs * Math.Pow(Ratio, i);
        bounds[^1] = LastUpperBoundMs;
        return bounds;
    }

    private static BusinessException Invalid(string why)
        => new(EvidenceErrorCodes.HistogramDataInvalid, $"The latency histogram cannot be read: {why}.", kind: BusinessErrorKind.Rule);
}
