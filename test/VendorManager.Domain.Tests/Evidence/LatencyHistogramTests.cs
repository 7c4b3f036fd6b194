using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class LatencyHistogramTests
{
    private static LatencyHistogram Of(IEnumerable<double> latencies)
    {
        var histogram = new LatencyHistogram();
        foreach (var latency in latencies) histogram.Add(latency);
        return histogram;
    }

    /// <summary>Deterministic, skewed like real probes: mostly a few ms, a tail into seconds.</summary>
    private static double[] Latencies(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Math.Exp(random.NextDouble() * 9 - 2))];
    }

    private static double NearestRank(double[] values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(percent * sorted.Length / 100.0) - 1];
    }

    [Fact]
    public void Should_Span_0_05_Ms_To_60_S_In_48_Buckets_With_The_Documented_Ratio()
    {
        Assert.Equal(0.05, LatencyHistogram.UpperBoundMs(0));
        Assert.Equal(60_000, LatencyHistogram.UpperBoundMs(LatencyHistogram.BucketCount - 1));
        Assert.InRange(LatencyHistogram.Ratio, 1.3469, 1.3470);
        for (var i = 1; i < LatencyHistogram.BucketCount; i++)
            Assert.Equal(LatencyHistogram.Ratio, LatencyHistogram.UpperBoundMs(i) / LatencyHistogram.UpperBoundMs(i - 1), 9);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(95)]
    [InlineData(99)]
    [InlineData(100)]
    public void Should_Report_A_Percentile_At_Or_Above_The_True_One_Within_One_Bucket(double percent)
    {
        var latencies = Latencies(seed: 7, count: 5_000);
        var truth = NearestRank(latencies, percent);

        var reported = Of(latencies).Percentile(percent)!.Value;

        Assert.InRange(reported, truth, truth * LatencyHistogram.Ratio);
    }

    [Fact]
    public void Should_Put_A_Value_On_A_Bucket_Boundary_Into_That_Bucket()
    {
        var bound = LatencyHistogram.UpperBoundMs(20);
        var histogram = Of([bound]);
        Assert.Equal(1, histogram.CountIn(20));
        Assert.Equal(bound, histogram.Percentile(100));
    }

    [Fact]
    public void Should_Read_Tiny_Latencies_As_The_First_Bound_And_Huge_Ones_As_The_Last()
    {
        Assert.Equal(0.05, Of([0]).Percentile(50));
        Assert.Equal(60_000, Of([120_000]).Percentile(50));
    }

    [Fact]
    public void Should_Use_The_Nearest_Rank()
    {
        // 19 fast probes and one slow one: the 95th of 20 is the 19th, a fast one.
        var histogram = Of([.. Enumerable.Repeat(1.0, 19), 5_000]);
        Assert.InRange(histogram.Percentile(95)!.Value, 1, 1.35);
        Assert.InRange(histogram.Percentile(95.1)!.Value, 5_000, 5_000 * LatencyHistogram.Ratio);
    }

    [Fact]
    public void Should_Have_No_Percentile_When_Empty()
        => Assert.Null(new LatencyHistogram().Percentile(95));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Should_Refuse_A_Percentile_Outside_0_To_100(double percent)
        => AssertRefused(Codes.PercentileOutOfRange, () => new LatencyHistogram().Percentile(percent));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Should_Refuse_A_Latency_That_Is_Negative_Or_Not_A_Number(double latency)
        => AssertRefused(Codes.LatencyInvalid, () => new LatencyHistogram().Add(latency));

    [Fact]
    public void Should_Merge_Into_The_Same_Histogram_As_Adding_Everything()
    {
        var first = Latencies(1, 300);
        var second = Latencies(2, 700);
        var merged = Of(first);
        merged.Merge(Of(second));

        Assert.Equal(Of([.. first, .. second]).ToBytes(), merged.ToBytes());
        Assert.Equal(1_000, merged.Count);
    }

    [Fact]
    public void Should_Round_Trip_Through_Its_Compact_Bytes()
    {
        var histogram = Of(Latencies(3, 10_000));
        var copy = LatencyHistogram.FromBytes(histogram.ToBytes());

        Assert.Equal(histogram.Count, copy.Count);
        for (var i = 0; i < LatencyHistogram.BucketCount; i++)
            Assert.Equal(histogram.CountIn(i), copy.CountIn(i));
        Assert.Equal(histogram.Percentile(95), copy.Percentile(95));
    }

    [Fact]
    public void Should_Take_A_Handful_Of_Bytes_For_A_Typical_Hour()
    {
        Assert.Single(new LatencyHistogram().ToBytes());
        // An hour at 60 s from a healthy node spread over three neighbouring buckets.
        var hour = Of([.. Enumerable.Range(0, 60).Select(i => 2.0 + i % 3)]);
        Assert.InRange(hour.ToBytes().Length, 2, 10);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 2 })]
    [InlineData(new byte[] { 1, 0 })]
    [InlineData(new byte[] { 1, 0, 0x80 })]
    [InlineData(new byte[] { 1, 48, 1 })]
    [InlineData(new byte[] { 1, 47, 1, 0, 1 })]
    [InlineData(new byte[] { 1, 3, 0 })]
    [InlineData(new byte[] { 1, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    public void Should_Refuse_Bytes_That_Are_Not_A_Histogram(byte[] data)
        => AssertRefused(Codes.HistogramDataInvalid, () => LatencyHistogram.FromBytes(data));
}
