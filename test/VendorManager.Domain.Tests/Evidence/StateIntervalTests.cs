using System.Security.Cryptography;
using System.Text;
using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;
using Codes = VendorManager.Evidence.EvidenceErrorCodes;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class StateIntervalTests
{
    [Fact]
    public void Should_Open_An_Interval_Of_One_Probe_At_The_Probe_Time()
    {
        var open = StateInterval.OpenWith(Down(At(5), ProbeReason.TimedOut, "no answer in 10 s"), 1, EvidenceConsts.GenesisHash);

        Assert.Equal((At(5), At(5)), (open.From, open.To));
        Assert.Equal((ProbeState.Down, ProbeReason.TimedOut, "no answer in 10 s"), (open.State, open.Reason, open.ReasonText));
        Assert.Equal(1, open.ProbeCount);
        Assert.False(open.IsSealed);
        Assert.Null(open.Hash);
        Assert.NotEqual(Guid.Empty, open.Id);
    }

    [Fact]
    public void Should_Hash_The_Documented_Canonical_Form_Chained_From_The_Previous_Hash()
    {
        var previous = new string('a', 64);
        var interval = StateInterval.OpenWith(Up(At(0)), 3, previous);
        interval.Extend(At(60));
        interval.SealAt(At(90).AddTicks(1_234_560));

        // Written out by hand from the spec, so any drift in the implementation breaks this test.
        const string expected = "v1|6f1c2a7e0b5d4c839a613d2e8f4b71e2|3|2026-03-02T09:00:00.0000000Z|2026-03-02T09:01:30.1234560Z|Up|Ok||2";
        Assert.Equal(expected, Encoding.UTF8.GetString(interval.CanonicalBytes()));
        var hashed = Convert.FromHexString(previous).Concat(Encoding.UTF8.GetBytes(expected)).ToArray();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(hashed)), interval.Hash);
        Assert.True(interval.IsSealed);
    }

    [Fact]
    public void Should_Put_The_Reason_Text_Into_The_Canonical_Form()
    {
        var interval = StateInterval.OpenWith(Down(At(0), ProbeReason.Rejected, "rejected | permanent"), 1, EvidenceConsts.GenesisHash);
        Assert.EndsWith("|Down|Rejected|rejected | permanent|1", Encoding.UTF8.GetString(interval.CanonicalBytes()));
    }

    [Fact]
    public void Should_Store_The_Previous_Hash_In_Lowercase()
    {
        var interval = StateInterval.OpenWith(Up(T0), 2, new string('A', 64));
        Assert.Equal(new string('a', 64), interval.PreviousHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("000000000000000000000000000000000000000000000000000000000000000g")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    public void Should_Refuse_A_Previous_Hash_That_Is_Not_64_Hex_Digits(string previous)
        => AssertRefused(Codes.HashInvalid, () => StateInterval.OpenWith(Up(T0), 2, previous));

    [Fact]
    public void Should_Refuse_A_Sequence_Below_One()
        => AssertRefused(Codes.SequenceInvalid, () => StateInterval.OpenWith(Up(T0), 0, EvidenceConsts.GenesisHash));

    [Fact]
    public void Should_Extend_An_Open_Interval_Forward_And_Count_The_Probe()
    {
        var open = StateInterval.OpenWith(Up(At(0)), 1, EvidenceConsts.GenesisHash);
        open.Extend(At(60));
        open.Extend(At(60));
        Assert.Equal(At(60), open.To);
        Assert.Equal(3, open.ProbeCount);
    }

    [Fact]
    public void Should_Refuse_To_Move_The_End_Backwards()
    {
        var open = StateInterval.OpenWith(Up(At(60)), 1, EvidenceConsts.GenesisHash);
        AssertRefused(Codes.IntervalCannotShrink, () => open.Extend(At(59)));
        AssertRefused(Codes.IntervalCannotShrink, () => open.SealAt(At(59)));
        Assert.Equal(At(60), open.To);
    }

    [Fact]
    public void Should_Refuse_Any_Change_Once_Sealed()
    {
        var interval = StateInterval.OpenWith(Up(At(0)), 1, EvidenceConsts.GenesisHash);
        interval.Seal();
        var hash = interval.Hash;

        Assert.Equal(BusinessErrorKind.Rule, AssertRefused(Codes.IntervalSealed, () => interval.Extend(At(60))).Kind);
        AssertRefused(Codes.IntervalSealed, () => interval.SealAt(At(60)));
        AssertRefused(Codes.IntervalSealed, interval.Seal);
        Assert.Equal((At(0), 1, hash), (interval.To, interval.ProbeCount, interval.Hash));
    }

    [Fact]
    public void Should_Record_A_Gap_As_A_Sealed_Unknown_Interval_Without_Probes()
    {
        var gap = StateInterval.SealedGap(NodeId, 4, new string('b', 64), At(60), At(360).AddMilliseconds(700));

        Assert.Equal((ProbeState.Unknown, ProbeReason.MonitoringGap, "no probe for 300 s"), (gap.State, gap.Reason, gap.ReasonText));
        Assert.Equal((At(60), At(360).AddMilliseconds(700)), (gap.From, gap.To));
        Assert.Equal(0, gap.ProbeCount);
        Assert.True(gap.IsSealed);
        Assert.Equal(gap.ComputeHash(), gap.Hash);
    }
}
