using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class ProbeObservationTests
{
    [Fact]
    public void Should_Accept_A_Probe_And_Trim_Its_Texts()
    {
        var observation = new ProbeObservation(NodeId, T0, ProbeState.Degraded, ProbeReason.FindFailed, "  C-FIND status 0xC000 ", 0,
            " 1.2.276.0.7230010.3.0.3.6.8 ", " OFFIS_DCMTK_368 ");

        Assert.Equal("C-FIND status 0xC000", observation.ReasonText);
        Assert.Equal(0, observation.LatencyMs);
        Assert.Equal("1.2.276.0.7230010.3.0.3.6.8", observation.ImplementationClassUid);
        Assert.Equal("OFFIS_DCMTK_368", observation.ImplementationVersionName);
    }

    [Fact]
    public void Should_Store_Blank_Texts_As_Null()
    {
        var observation = new ProbeObservation(NodeId, T0, ProbeState.Up, ProbeReason.Ok, "   ", null, "", " ");
        Assert.Null(observation.ReasonText);
        Assert.Null(observation.ImplementationClassUid);
        Assert.Null(observation.ImplementationVersionName);
    }

    [Theory]
    [InlineData(ProbeState.Unknown)]
    [InlineData((ProbeState)9)]
    public void Should_Refuse_A_State_A_Probe_Cannot_Report(ProbeState state)
        => AssertRefused(Codes.StateInvalid, () => _ = new ProbeObservation(NodeId, T0, state, ProbeReason.Ok));

    [Theory]
    [InlineData(ProbeReason.MonitoringGap)]
    [InlineData((ProbeReason)200)]
    public void Should_Refuse_A_Reason_A_Probe_Cannot_Report(ProbeReason reason)
        => AssertRefused(Codes.ReasonInvalid, () => _ = new ProbeObservation(NodeId, T0, ProbeState.Down, reason));

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Should_Refuse_A_Time_That_Is_Not_Utc(DateTimeKind kind)
        => AssertRefused(Codes.TimeNotUtc, () => _ = Up(DateTime.SpecifyKind(T0, kind)));

    [Fact]
    public void Should_Refuse_An_Observation_Without_A_Node()
        => AssertRefused(Codes.NodeIdRequired, () => _ = new ProbeObservation(Guid.Empty, T0, ProbeState.Up, ProbeReason.Ok));

    [Theory]
    [InlineData(-0.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Should_Refuse_A_Negative_Or_Non_Finite_Latency(double latency)
        => AssertRefused(Codes.LatencyInvalid, () => _ = Up(T0, latency));

    [Fact]
    public void Should_Accept_A_Reason_Text_Of_256_Characters_And_Refuse_257()
    {
        Assert.Equal(256, Down(T0, text: new string('x', 256)).ReasonText!.Length);
        AssertRefused(Codes.ReasonTextTooLong, () => _ = Down(T0, text: new string('x', 257)));
    }

    [Fact]
    public void Should_Refuse_An_Implementation_Identity_Longer_Than_64_Characters()
    {
        AssertRefused(Codes.ImplementationFieldTooLong,
            () => _ = new ProbeObservation(NodeId, T0, ProbeState.Up, ProbeReason.Ok, implementationClassUid: new string('1', 65)));
        AssertRefused(Codes.ImplementationFieldTooLong,
            () => _ = new ProbeObservation(NodeId, T0, ProbeState.Up, ProbeReason.Ok, implementationVersionName: new string('V', 65)));
    }

    [Fact]
    public void Should_Truncate_The_Time_To_Whole_Microseconds_So_It_Survives_PostgreSql()
    {
        var observation = Up(T0.AddTicks(1_234_567));
        Assert.Equal(T0.AddTicks(1_234_560), observation.At);
        Assert.Equal(DateTimeKind.Utc, observation.At.Kind);
    }
}
