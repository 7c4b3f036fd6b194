using System.Numerics;
using VendorManager.Entities;

namespace VendorManager.Evidence;

/// <summary>
/// One node's probes over one UTC day: the day's figures in columns of their own, and the day's hour
/// rollups packed into <see cref="HourData"/>. One row a day rather than one an hour, because with a row
/// per hour the tuple header, key and index entry cost more than the hour's figures (docs/benchmarks.md,
/// issue 4). Latencies go in as whole 10 µs units, as raw samples do, so the day and its hours are built
/// from the same values: their counts, extremes and histograms agree exactly.
/// <para>
/// <see cref="HourData"/>: a format version byte; a 3-byte little-endian bitmap of the hours that hold
/// probes (bit h for the hour starting at h:00); then for each of those hours, in order: varint up,
/// degraded and down counts, varint latency count, and, when that is not zero, varint minimum,
/// maximum − minimum and sum in 10 µs units and the hour's <see cref="LatencyHistogram"/> bytes after a
/// varint length. A day of 60 s probes packs into about 630 bytes, under PostgreSQL's 2 kB TOAST threshold,
/// so the row is never compressed or moved out of line.
/// </para>
/// </summary>
public class DailyRollup : Entity<Guid>
{
    /// <summary>The format of <see cref="HourData"/>; bump it for any change to the layout.</summary>
    private const byte FormatVersion = 1;
    private const int HeaderSize = 4;
    private const int HoursPerDay = 24;

    public Guid NodeId { get; private set; }
    /// <summary>UTC midnight.</summary>
    public DateTime Day { get; private set; }
    public int ProbeCount { get; private set; }
    public int UpCount { get; private set; }
    public int DegradedCount { get; private set; }
    public int DownCount { get; private set; }
    /// <summary>Probes that contributed a latency; the mean's denominator.</summary>
    public int LatencyCount { get; private set; }
    public double? LatencyMinMs { get; private set; }
    public double? LatencyMaxMs { get; private set; }
    public double LatencySumMs { get; private set; }
    /// <summary>The day's <see cref="LatencyHistogram"/> in its compact form.</summary>
    public byte[] Histogram { get; private set; } = new LatencyHistogram().ToBytes();
    /// <summary>The day's hours, packed as the class remarks describe.</summary>
    public byte[] HourData { get; private set; } = [FormatVersion, 0, 0, 0];

    public DateTime DayEnd => Day.AddDays(1);

    private DailyRollup() { }

    private DailyRollup(Guid nodeId, DateTime day) : base(EvidenceInstant.NewId(day))
    {
        NodeId = nodeId;
        Day = day;
    }

    /// <summary>An empty rollup for the UTC day starting at <paramref name="day"/>, which must be a midnight.</summary>
    public static DailyRollup Start(Guid nodeId, DateTime day)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "A daily rollup must name its node.", nameof(NodeId));
        EvidenceInstant.RequireUtc(day, nameof(Day));
        if (day.Ticks % TimeSpan.TicksPerDay != 0)
            throw new BusinessException(EvidenceErrorCodes.BucketNotAligned, "A daily rollup starts on the UTC midnight.", nameof(Day));
        return new DailyRollup(nodeId, day);
    }

    /// <summary>An empty rollup for the UTC day that contains <paramref name="at"/>.</summary>
    public static DailyRollup StartFor(Guid nodeId, DateTime at) => Start(nodeId, DayOf(EvidenceInstant.RequireUtc(at, nameof(at))));

    /// <summary>The UTC midnight that starts the day containing <paramref name="at"/>.</summary>
    public static DateTime DayOf(DateTime at) => ProbeRollup.AlignedStart(RollupGranularity.Day, at);

    /// <summary>
    /// Counts the probe in the day and in its hour. A late result (a slow probe finishing after a newer
    /// one) still happened: it goes into the hour it started in, whatever hours were added since.
    /// </summary>
    public void Add(ProbeObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.NodeId != NodeId)
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "The observation is for another node than the rollup.", nameof(NodeId));
        if (observation.At < Day || observation.At >= DayEnd)
            throw new BusinessException(EvidenceErrorCodes.ObservationOutsideBucket,
                $"A probe at {observation.At:O} is outside the day [{Day:O}, {DayEnd:O}).", "At", BusinessErrorKind.Rule);

        uint? units = ProbeRollup.AnsweredLatencyMs(observation) is { } ms ? LatencyUnits.FromMs(ms) : null;
        // Everything that can fail on stored bytes runs before the first change, so a refusal leaves the row as it was.
        var hourData = WithProbeInHour((int)((observation.At - Day).Ticks / TimeSpan.TicksPerHour), observation.State, units);
        var histogram = units is null ? null : ReadHistogram();

        ProbeCount++;
        switch (observation.State)
        {
            case ProbeState.Up: UpCount++; break;
            case ProbeState.Degraded: DegradedCount++; break;
            default: DownCount++; break;
        }
        if (units is { } latencyUnits && histogram is not null)
        {
            var latencyMs = LatencyUnits.ToMs(latencyUnits);
            histogram.Add(latencyMs);
            Histogram = histogram.ToBytes();
            LatencyCount++;
            LatencySumMs += latencyMs;
            LatencyMinMs = LatencyMinMs is { } min ? Math.Min(min, latencyMs) : latencyMs;
            LatencyMaxMs = LatencyMaxMs is { } max ? Math.Max(max, latencyMs) : latencyMs;
        }
        // A new array rather than an edit in place, so change tracking sees the new value.
        HourData = hourData;
    }

    /// <summary>The day as a rollup of its own.</summary>
    public ProbeRollup Summary()
        => ProbeRollup.Restore(NodeId, RollupGranularity.Day, Day, UpCount, DegradedCount, DownCount, LatencyCount,
            LatencyMinMs, LatencyMaxMs, LatencySumMs, (byte[])Histogram.Clone());

    /// <summary>The hours that hold probes, in order; hours without probes have no rollup.</summary>
    public IReadOnlyList<ProbeRollup> Hours()
    {
        var data = HourData;
        var present = ReadHeader(data);
        var position = HeaderSize;
        var hours = new List<ProbeRollup>(BitOperations.PopCount(present));
        long up = 0, degraded = 0, down = 0, latencies = 0;
        for (var hour = 0; hour < HoursPerDay; hour++)
        {
            if (!Holds(present, hour)) continue;
            var figures = ReadHour(data, ref position, hour, withHistogram: true);
            (up, degraded, down, latencies) = (up + figures.Up, degraded + figures.Degraded, down + figures.Down, latencies + figures.LatencyCount);
            var answered = figures.LatencyCount > 0;
            hours.Add(ProbeRollup.Restore(NodeId, RollupGranularity.Hour, Day.AddHours(hour), figures.Up, figures.Degraded, figures.Down,
                figures.LatencyCount,
                answered ? LatencyUnits.ToMs(figures.MinUnits) : null,
                answered ? LatencyUnits.ToMs(figures.MaxUnits) : null,
                LatencyUnits.ToMs(figures.SumUnits),
                (figures.Histogram ?? new LatencyHistogram()).ToBytes()));
        }
        if (position != data.Length)
            throw Invalid($"{data.Length - position} bytes follow the last hour");
        if ((up, degraded, down, latencies) != (UpCount, DegradedCount, DownCount, LatencyCount))
            throw Invalid("the hours do not add up to the day's counts");
        return hours;
    }

    public LatencyHistogram ReadHistogram() => LatencyHistogram.FromBytes(Histogram);

    /// <summary>
    /// The packed hours with one more probe in <paramref name="hour"/>. Only that hour is decoded and
    /// encoded again; the hours before it are walked over and the bytes after it copied as they are,
    /// because this runs for every probe.
    /// </summary>
    private byte[] WithProbeInHour(int hour, ProbeState state, uint? latencyUnits)
    {
        var data = HourData;
        var present = ReadHeader(data);
        var position = HeaderSize;
        for (var earlier = 0; earlier < hour; earlier++)
            if (Holds(present, earlier))
                ReadHour(data, ref position, earlier, withHistogram: false);
        var start = position;
        var figures = Holds(present, hour) ? ReadHour(data, ref position, hour, withHistogram: true) : default;

        present |= 1u << hour;
        var output = new List<byte>(data.Length + 24) { FormatVersion, (byte)present, (byte)(present >> 8), (byte)(present >> 16) };
        output.AddRange(data.AsSpan(HeaderSize, start - HeaderSize));
        WriteHour(output, figures.With(state, latencyUnits));
        output.AddRange(data.AsSpan(position));
        return [.. output];
    }

    private static void WriteHour(List<byte> output, HourFigures hour)
    {
        Varint.Write(output, (ulong)hour.Up);
        Varint.Write(output, (ulong)hour.Degraded);
        Varint.Write(output, (ulong)hour.Down);
        Varint.Write(output, (ulong)hour.LatencyCount);
        if (hour.LatencyCount == 0) return;
        Varint.Write(output, hour.MinUnits);
        Varint.Write(output, hour.MaxUnits - hour.MinUnits);
        Varint.Write(output, hour.SumUnits);
        var histogram = hour.Histogram!.ToBytes();
        Varint.Write(output, (ulong)histogram.Length);
        output.AddRange(histogram);
    }

    private uint ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderSize || data[0] != FormatVersion)
            throw Invalid("it does not start with a known format version and the hour bitmap");
        return (uint)(data[1] | data[2] << 8 | data[3] << 16);
    }

    /// <summary>
    /// Reads one hour at <paramref name="position"/> and checks that its figures can be true. Without
    /// <paramref name="withHistogram"/> the histogram is stepped over unread, for walking past an hour.
    /// </summary>
    private HourFigures ReadHour(ReadOnlySpan<byte> data, ref int position, int hour, bool withHistogram)
    {
        var up = ReadCount(data, ref position, hour);
        var degraded = ReadCount(data, ref position, hour);
        var down = ReadCount(data, ref position, hour);
        var latencyCount = ReadCount(data, ref position, hour);
        var probes = (long)up + degraded + down;
        if (probes is 0 or > int.MaxValue)
            throw Invalid($"the hour from {hour:00}:00 is marked as holding probes but counts {probes}");
        if (latencyCount > (long)up + degraded)
            throw Invalid($"the hour from {hour:00}:00 has more latencies than answered probes");
        if (latencyCount == 0)
            return new HourFigures(up, degraded, down, 0, 0, 0, 0, null);

        var min = ReadNumber(data, ref position, hour);
        var spread = ReadNumber(data, ref position, hour);
        var sum = ReadNumber(data, ref position, hour);
        var length = ReadNumber(data, ref position, hour);
        if (min > LatencyUnits.Max || spread > LatencyUnits.Max - min)
            throw Invalid($"a latency of the hour from {hour:00}:00 is out of range");
        var max = min + spread;
        // Each latency lies between the minimum and the maximum, so their sum lies between count × each (no overflow: 2^31 × 2^32).
        if (sum < (ulong)latencyCount * min || sum > (ulong)latencyCount * max)
            throw Invalid($"the latency sum of the hour from {hour:00}:00 does not fit its minimum, maximum and count");
        if (length > (ulong)(data.Length - position))
            throw Invalid($"the histogram of the hour from {hour:00}:00 is truncated");

        LatencyHistogram? histogram = null;
        if (withHistogram)
        {
            try
            {
                histogram = LatencyHistogram.FromBytes(data.Slice(position, (int)length));
            }
            catch (BusinessException e) when (e.Code == EvidenceErrorCodes.HistogramDataInvalid)
            {
                throw Invalid($"the histogram of the hour from {hour:00}:00 is malformed ({e.Message})");
            }
            if (histogram.Count != latencyCount)
                throw Invalid($"the histogram of the hour from {hour:00}:00 holds {histogram.Count} latencies, not {latencyCount}");
        }
        position += (int)length;
        return new HourFigures(up, degraded, down, latencyCount, min, max, sum, histogram);
    }

    private int ReadCount(ReadOnlySpan<byte> data, ref int position, int hour)
    {
        var value = ReadNumber(data, ref position, hour);
        return value <= int.MaxValue ? (int)value : throw Invalid($"a count of the hour from {hour:00}:00 is too large");
    }

    private ulong ReadNumber(ReadOnlySpan<byte> data, ref int position, int hour)
        => Varint.TryRead(data, ref position, out var value) ? value : throw Invalid($"a number of the hour from {hour:00}:00 is truncated or too long");

    private static bool Holds(uint present, int hour) => (present & 1u << hour) != 0;

    private BusinessException Invalid(string why)
        => new(EvidenceErrorCodes.RollupDataInvalid, $"The hour rollups of the day starting {Day:O} cannot be read: {why}.", kind: BusinessErrorKind.Rule);

    /// <summary>One hour as packed; the default is an hour without probes.</summary>
    private readonly record struct HourFigures(int Up, int Degraded, int Down, int LatencyCount, ulong MinUnits, ulong MaxUnits, ulong SumUnits,
        LatencyHistogram? Histogram)
    {
        public HourFigures With(ProbeState state, uint? latencyUnits)
        {
            var (up, degraded, down) = state switch
            {
                ProbeState.Up => (Up + 1, Degraded, Down),
                ProbeState.Degraded => (Up, Degraded + 1, Down),
                _ => (Up, Degraded, Down + 1),
            };
            if (latencyUnits is not { } units)
                return this with { Up = up, Degraded = degraded, Down = down };
            var histogram = Histogram ?? new LatencyHistogram();
            histogram.Add(LatencyUnits.ToMs(units));
            return new HourFigures(up, degraded, down, LatencyCount + 1,
                LatencyCount == 0 ? units : Math.Min(MinUnits, units),
                LatencyCount == 0 ? units : Math.Max(MaxUnits, units),
                SumUnits + units, histogram);
        }
    }
}
