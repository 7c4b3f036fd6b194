using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class RawSampleBlockTests
{
    private static ProbeObservation Sample(int i, DateTime at) => (i % 7) switch
    {
        3 => Down(at, ProbeReason.TimedOut),
        5 => Degraded(at, ProbeReason.FindFailed, latencyMs: 1_234.56),
        _ => Up(at, 1 + i * 0.37),
    };

    [Fact]
    public void Should_Round_Trip_An_Hour_Of_Samples_To_The_Second_And_10_Microseconds()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        var probes = Enumerable.Range(0, 60).Select(i => Sample(i, T0.AddSeconds(i * 60 + 0.75))).ToArray();
        foreach (var probe in probes) block.Append(probe);

        var samples = block.Samples();

        Assert.Equal(60, samples.Count);
        for (var i = 0; i < probes.Length; i++)
        {
            Assert.Equal(T0.AddSeconds(i * 60), samples[i].At);
            Assert.Equal((probes[i].State, probes[i].Reason), (samples[i].State, samples[i].Reason));
            if (probes[i].LatencyMs is { } ms)
                Assert.Equal(ms, samples[i].LatencyMs!.Value, 0.005);
            else
                Assert.Null(samples[i].LatencyMs);
        }
    }

    [Fact]
    public void Should_Keep_35_Days_At_60_Seconds_Near_400_KB()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        for (var i = 0; i < 60; i++) block.Append(Sample(i, T0.AddMinutes(i)));

        Assert.Equal(60 * EvidenceConsts.RawSampleSize, block.Data.Length);
        Assert.Equal(403_200, EvidenceConsts.DefaultRawRetentionDays * 24 * block.Data.Length);
    }

    [Fact]
    public void Should_Slot_A_Late_Sample_Into_Time_Order()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        block.Append(Up(At(10)));
        block.Append(Down(At(70)));
        block.Append(Degraded(At(40)));
        block.Append(Up(At(70)));
        block.Append(Up(At(0)));

        Assert.Equal([At(0), At(10), At(40), At(70), At(70)], block.Samples().Select(s => s.At));
        Assert.Equal([ProbeState.Down, ProbeState.Up], block.Samples().Skip(3).Select(s => s.State));
        Assert.Equal(5, block.SampleCount);
    }

    [Fact]
    public void Should_Saturate_A_Huge_Latency_And_Keep_A_Missing_One_Missing()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        block.Append(Up(At(0), 1e9));
        block.Append(Up(At(1), null));
        block.Append(Up(At(2), 0));

        var samples = block.Samples();
        Assert.Equal(0xFFFF_FFFE / 100.0, samples[0].LatencyMs);
        Assert.Null(samples[1].LatencyMs);
        Assert.Equal(0, samples[2].LatencyMs);
    }

    [Fact]
    public void Should_Accept_The_First_And_Last_Instant_Of_The_Hour_And_Refuse_Others()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        block.Append(Up(T0));
        block.Append(Up(T0.AddHours(1).AddTicks(-10)));
        Assert.Equal(3599, (block.Samples()[1].At - T0).TotalSeconds);

        AssertRefused(Codes.ObservationOutsideBucket, () => block.Append(Up(T0.AddHours(1))));
        AssertRefused(Codes.ObservationOutsideBucket, () => block.Append(Up(T0.AddTicks(-10))));
        AssertRefused(Codes.NodeMismatch, () => block.Append(new ProbeObservation(Guid.NewGuid(), T0, ProbeState.Up, ProbeReason.Ok)));
        Assert.Equal(2, block.SampleCount);
    }

    [Fact]
    public void Should_Start_On_The_Utc_Hour()
    {
        Assert.Equal(T0, RawSampleBlock.StartFor(NodeId, T0.AddMinutes(59).AddSeconds(59)).HourStart);
        AssertRefused(Codes.BucketNotAligned, () => RawSampleBlock.Start(NodeId, T0.AddSeconds(1)));
        AssertRefused(Codes.TimeNotUtc, () => RawSampleBlock.Start(NodeId, DateTime.SpecifyKind(T0, DateTimeKind.Unspecified)));
        AssertRefused(Codes.NodeIdRequired, () => RawSampleBlock.Start(Guid.Empty, T0));
    }

    [Fact]
    public void Should_Refuse_To_Read_Corrupted_Data()
    {
        var block = RawSampleBlock.Start(NodeId, T0);
        block.Append(Up(T0));
        Tamper(block, nameof(RawSampleBlock.SampleCount), 2);
        AssertRefused(Codes.RawBlockDataInvalid, () => block.Samples());

        var badState = RawSampleBlock.Start(NodeId, T0);
        badState.Append(Up(T0));
        var data = badState.Data.ToArray();
        data[2] = (byte)ProbeState.Unknown;
        Tamper(badState, nameof(RawSampleBlock.Data), data);
        AssertRefused(Codes.RawBlockDataInvalid, () => badState.Samples());
    }
}
