using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class DailyRollupTests
{
    private static readonly DateTime Midnight = T0.Date;

    /// <summary>Latencies on whole 10 µs units, so the packed figures can be compared with exact ones.</summary>
    private static ProbeObservation Probe(int hour, int minute) => (hour, minute) switch
    {
        (3, _) => Down(Midnight.AddHours(hour).AddMinutes(minute)),
        (_, 30) => Degraded(Midnight.AddHours(hour).AddMinutes(minute), latencyMs: 800 + hour),
        (_, 45) => Up(Midnight.AddHours(hour).AddMinutes(minute), latencyMs: null),
        _ => Up(Midnight.AddHours(hour).AddMinutes(minute), Math.Round(1 + hour * 0.5 + minute * 0.37, 2)),
    };

    private static DailyRollup DayWith(IEnumerable<ProbeObservation> probes)
    {
        var day = DailyRollup.Start(NodeId, Midnight);
        foreach (var probe in probes) day.Add(probe);
        return day;
    }

    [Fact]
    public void Should_Give_Back_Every_Hour_With_The_Counts_And_Latency_Figures_Of_Its_Own_Probes()
    {
        var probes = Enumerable.Range(0, 24).SelectMany(h => Enumerable.Range(0, 60).Select(m => Probe(h, m))).ToList();
        var day = DayWith(probes);

        var hours = day.Hours();

        Assert.Equal(24, hours.Count);
        foreach (var hour in hours)
        {
            var expected = ProbeRollup.Start(NodeId, RollupGranularity.Hour, hour.BucketStart);
            foreach (var probe in probes.Where(p => p.At >= hour.BucketStart && p.At < hour.BucketEnd)) expected.Add(probe);

            Assert.Equal((RollupGranularity.Hour, NodeId), (hour.Granularity, hour.NodeId));
            Assert.Equal((expected.ProbeCount, expected.UpCount, expected.DegradedCount, expected.DownCount, expected.LatencyCount),
                (hour.ProbeCount, hour.UpCount, hour.DegradedCount, hour.DownCount, hour.LatencyCount));
            AssertClose(expected.LatencyMinMs, hour.LatencyMinMs);
            AssertClose(expected.LatencyMaxMs, hour.LatencyMaxMs);
            AssertClose(expected.MeanLatencyMs, hour.MeanLatencyMs);
            AssertClose(expected.P95LatencyMs, hour.P95LatencyMs);
            Assert.Equal(expected.Histogram, hour.Histogram);
        }
        var outage = hours[3];
        Assert.Equal((60, 60, 0), (outage.ProbeCount, outage.DownCount, outage.LatencyCount));
        Assert.Null(outage.P95LatencyMs);
    }

    [Fact]
    public void Should_Keep_The_Day_Equal_To_Its_Hours_Folded_Together()
    {
        var day = DayWith(Enumerable.Range(0, 24).SelectMany(h => Enumerable.Range(0, 12).Select(m => Probe(h, m * 5))));

        var folded = ProbeRollup.Start(NodeId, RollupGranularity.Day, Midnight);
        foreach (var hour in day.Hours()) folded.Absorb(hour);
        var summary = day.Summary();

        Assert.Equal((RollupGranularity.Day, Midnight, Midnight.AddDays(1)), (summary.Granularity, summary.BucketStart, summary.BucketEnd));
        Assert.Equal((folded.ProbeCount, folded.UpCount, folded.DegradedCount, folded.DownCount, folded.LatencyCount),
            (summary.ProbeCount, summary.UpCount, summary.DegradedCount, summary.DownCount, summary.LatencyCount));
        Assert.Equal((folded.LatencyMinMs, folded.LatencyMaxMs), (summary.LatencyMinMs, summary.LatencyMaxMs));
        Assert.Equal(folded.LatencySumMs, summary.LatencySumMs, 9);
        Assert.Equal(folded.Histogram, summary.Histogram);
        Assert.Equal(288, day.ProbeCount);
    }

    [Fact]
    public void Should_Leave_Out_The_Hours_Without_Probes()
    {
        var day = DayWith([Up(Midnight.AddHours(23).AddMinutes(59)), Down(Midnight), Up(Midnight.AddHours(5).AddMinutes(7))]);

        Assert.Equal([Midnight, Midnight.AddHours(5), Midnight.AddHours(23)], day.Hours().Select(h => h.BucketStart));
        Assert.Empty(DailyRollup.Start(NodeId, Midnight).Hours());
        Assert.Null(DailyRollup.Start(NodeId, Midnight).Summary().P95LatencyMs);
    }

    [Fact]
    public void Should_Count_A_Late_Probe_In_The_Hour_It_Started()
    {
        var day = DayWith([Up(Midnight.AddHours(9), 10), Up(Midnight.AddHours(11), 30)]);

        day.Add(Down(Midnight.AddHours(10).AddMinutes(59)));
        day.Add(Up(Midnight.AddHours(9).AddMinutes(30), 2));
        day.Add(Up(Midnight.AddHours(8).AddMinutes(59), 4));

        var hours = day.Hours();
        Assert.Equal(new (int, int, int, double?)[] { (8, 1, 0, 4.0), (9, 2, 0, 2.0), (10, 1, 1, null), (11, 1, 0, 30.0) },
            hours.Select(h => (h.BucketStart.Hour, h.ProbeCount, h.DownCount, h.LatencyMinMs)));
        Assert.Equal(10, hours[1].LatencyMaxMs);
        Assert.Equal((5, 2.0, 30.0), (day.ProbeCount, day.LatencyMinMs, day.LatencyMaxMs));
    }

    [Fact]
    public void Should_Keep_Latencies_To_10_Microseconds_And_Saturate_Beyond_Hours()
    {
        var day = DayWith([Up(Midnight, 1.23456), Up(Midnight.AddMinutes(1), 0), Degraded(Midnight.AddMinutes(2), latencyMs: 1e12)]);

        var hour = Assert.Single(day.Hours());
        Assert.Equal((0.0, 0xFFFF_FFFE / 100.0), (hour.LatencyMinMs, hour.LatencyMaxMs));
        Assert.Equal(1.23 + 0xFFFF_FFFE / 100.0, hour.LatencySumMs, 6);
        Assert.Equal((day.LatencyMinMs, day.LatencyMaxMs), (hour.LatencyMinMs, hour.LatencyMaxMs));
    }

    [Fact]
    public void Should_Pack_A_Day_Of_60_Second_Probes_Well_Under_A_Kilobyte()
    {
        var random = new Random(7);
        var day = DailyRollup.Start(NodeId, Midnight);
        for (var minute = 0; minute < 24 * 60; minute++)
            day.Add(Up(Midnight.AddMinutes(minute), 3 * Math.Exp(0.3 * (random.NextDouble() - 0.5))));

        // About 30 bytes an hour against about 177 bytes for an hour row with its index entry.
        Assert.InRange(day.HourData.Length, 24 * 10, 24 * 40);
        Assert.Equal(1440, day.Hours().Sum(h => h.ProbeCount));
    }

    [Fact]
    public void Should_Replace_The_Packed_Hours_On_Every_Probe()
    {
        var day = DailyRollup.Start(NodeId, Midnight);
        var before = day.HourData;
        var copy = before.ToArray();

        day.Add(Up(Midnight));

        Assert.NotSame(before, day.HourData);
        Assert.Equal(copy, before);
    }

    [Fact]
    public void Should_Refuse_A_Probe_Outside_The_Day_Or_Of_Another_Node_And_Stay_Unchanged()
    {
        var day = DayWith([Up(Midnight.AddHours(1))]);
        var data = day.HourData;

        AssertRefused(Codes.ObservationOutsideBucket, () => day.Add(Up(Midnight.AddDays(1))));
        AssertRefused(Codes.ObservationOutsideBucket, () => day.Add(Up(Midnight.AddTicks(-10))));
        AssertRefused(Codes.NodeMismatch, () => day.Add(new ProbeObservation(Guid.NewGuid(), Midnight, ProbeState.Up, ProbeReason.Ok)));

        Assert.Equal(1, day.ProbeCount);
        Assert.Same(data, day.HourData);
        day.Add(Up(Midnight));
        day.Add(Up(Midnight.AddDays(1).AddTicks(-10)));
        Assert.Equal(3, day.Hours().Sum(h => h.ProbeCount));
    }

    [Fact]
    public void Should_Start_On_The_Utc_Midnight()
    {
        var rollup = DailyRollup.StartFor(NodeId, new DateTime(2026, 3, 2, 23, 59, 59, 999, DateTimeKind.Utc));
        Assert.Equal((new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc)), (rollup.Day, rollup.DayEnd));

        AssertRefused(Codes.BucketNotAligned, () => DailyRollup.Start(NodeId, Midnight.AddHours(1)));
        AssertRefused(Codes.TimeNotUtc, () => DailyRollup.Start(NodeId, DateTime.SpecifyKind(Midnight, DateTimeKind.Local)));
        AssertRefused(Codes.TimeNotUtc, () => DailyRollup.StartFor(NodeId, DateTime.SpecifyKind(T0, DateTimeKind.Unspecified)));
        AssertRefused(Codes.NodeIdRequired, () => DailyRollup.Start(Guid.Empty, Midnight));
    }

    [Theory]
    [InlineData("unknown format version")]
    [InlineData("no header")]
    [InlineData("truncated")]
    [InlineData("a byte after the last hour")]
    [InlineData("an hour marked that has no bytes")]
    [InlineData("an hour lost from the bitmap")]
    [InlineData("more latencies than answered probes")]
    [InlineData("a sum below count × minimum")]
    [InlineData("a histogram that does not match its count")]
    public void Should_Refuse_To_Read_Malformed_Hours(string corruption)
    {
        // Hours 0 and 22. Hour 0 follows the 4-byte header: up 2, degraded 0, down 0, latency count 2,
        // minimum 200 (two bytes), spread 100, sum 500 (from byte 11), then its histogram; hour 22's histogram ends the data.
        var day = DayWith([Up(Midnight, 2), Up(Midnight.AddMinutes(1), 3), Up(Midnight.AddHours(22), 2)]);
        var d = day.HourData;
        Assert.Equal((0x01, 0x40, 2, 200, 100), (d[1], d[3], d[7], (d[8] & 0x7F) | d[9] << 7, d[10]));
        byte[] corrupted = corruption switch
        {
            "unknown format version" => [2, .. d[1..]],
            "no header" => [1, 0],
            "truncated" => d[..^1],
            "a byte after the last hour" => [.. d, 0],
            "an hour marked that has no bytes" => [d[0], d[1], d[2], (byte)(d[3] | 0x80), .. d[4..]],
            "an hour lost from the bitmap" => [d[0], 0, d[2], d[3], .. d[4..]],
            "more latencies than answered probes" => Patched(d, 7, 9),
            "a sum below count × minimum" => Patched(d, 11, 0),
            "a histogram that does not match its count" => Patched(d, d.Length - 1, 5),
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };
        Tamper(day, nameof(DailyRollup.HourData), corrupted);

        var error = AssertRefused(Codes.RollupDataInvalid, () => day.Hours());
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_Hours_That_Do_Not_Add_Up_To_The_Day_And_A_Probe_Into_A_Malformed_Row()
    {
        var day = DayWith([Up(Midnight), Down(Midnight.AddHours(2))]);
        Tamper(day, nameof(DailyRollup.UpCount), 2);
        AssertRefused(Codes.RollupDataInvalid, () => day.Hours());

        var broken = DayWith([Up(Midnight)]);
        Tamper(broken, nameof(DailyRollup.HourData), new byte[] { 1, 1, 0, 0, 1 });
        AssertRefused(Codes.RollupDataInvalid, () => broken.Add(Up(Midnight.AddHours(5))));
        Assert.Equal(1, broken.ProbeCount);
    }

    private static byte[] Patched(byte[] data, int index, byte value)
    {
        var copy = data.ToArray();
        copy[index] = value;
        return copy;
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is { } e) Assert.Equal(e, actual!.Value, 9);
    }
}
