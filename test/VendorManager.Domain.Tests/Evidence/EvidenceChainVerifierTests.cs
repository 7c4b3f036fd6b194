using VendorManager.Evidence;
using Xunit;
using static VendorManager.Domain.Tests.Evidence.EvidenceTestData;

namespace VendorManager.Domain.Tests.Evidence;

public sealed class EvidenceChainVerifierTests
{
    /// <summary>Six rows: Up, Down, Degraded, a monitoring gap, Up, and an open Down.</summary>
    private static List<StateInterval> Chain()
        => [.. new EvidenceLog()
            .Every(0, 600, t => Up(t))
            .Every(660, 900, t => Down(t))
            .Every(960, 1200, t => Degraded(t))
            .Every(2000, 2300, t => Up(t))
            .Every(2360, 2420, t => Down(t))
            .Rows];

    private static void AssertBrokenAt(ChainVerification result, StateInterval row, string problem)
    {
        Assert.False(result.IsValid);
        Assert.Equal(row.Sequence, result.FirstBrokenSequence);
        Assert.Equal(row.Id, result.FirstBrokenId);
        Assert.Equal(problem, result.Problem);
        Assert.Equal((int)row.Sequence, result.CheckedRows);
    }

    [Fact]
    public void Should_Accept_A_Sound_Chain_Ending_In_An_Open_Row()
    {
        var rows = Chain();
        var result = EvidenceChainVerifier.Verify(NodeId, rows);

        Assert.True(result.IsValid);
        Assert.Equal(6, result.CheckedRows);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.FirstBrokenId);
        Assert.Null(result.Problem);
        Assert.Equal(rows[4].Hash, result.LastSealedHash);
    }

    [Fact]
    public void Should_Accept_A_Node_Without_Evidence()
    {
        var result = EvidenceChainVerifier.Verify(NodeId, []);
        Assert.True(result.IsValid);
        Assert.Equal(0, result.CheckedRows);
        Assert.Null(result.LastSealedHash);
    }

    [Theory]
    [InlineData(nameof(StateInterval.State), ProbeState.Up)]
    [InlineData(nameof(StateInterval.Reason), ProbeReason.Ok)]
    [InlineData(nameof(StateInterval.ReasonText), "all fine")]
    [InlineData(nameof(StateInterval.ProbeCount), 1)]
    public void Should_Name_A_Middle_Row_Whose_Field_Was_Tampered_With(string field, object value)
    {
        var rows = Chain();
        Tamper(rows[1], field, value);

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[1], EvidenceChainVerifier.HashMismatch);
    }

    [Fact]
    public void Should_Name_A_Middle_Row_Whose_Times_Were_Moved()
    {
        var rows = Chain();
        Tamper(rows[2], nameof(StateInterval.To), rows[2].To.AddSeconds(-1));

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[2], EvidenceChainVerifier.HashMismatch);
    }

    [Fact]
    public void Should_Name_The_Next_Row_When_A_Tampered_Row_Was_Rehashed()
    {
        var rows = Chain();
        Tamper(rows[1], nameof(StateInterval.State), ProbeState.Up);
        Tamper(rows[1], nameof(StateInterval.Hash), rows[1].ComputeHash());

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[2], "previous hash does not match row 2");
    }

    [Fact]
    public void Should_Name_The_Row_After_A_Deleted_One_As_A_Sequence_Gap()
    {
        var rows = Chain();
        var after = rows[3];
        rows.RemoveAt(2);

        var result = EvidenceChainVerifier.Verify(NodeId, rows);

        Assert.Equal((after.Sequence, after.Id, "sequence gap after 2"), (result.FirstBrokenSequence, result.FirstBrokenId, result.Problem));
    }

    [Fact]
    public void Should_Name_A_Missing_First_Row()
    {
        var rows = Chain();
        rows.RemoveAt(0);
        var result = EvidenceChainVerifier.Verify(NodeId, rows);
        Assert.Equal((2L, "sequence gap after 0"), (result.FirstBrokenSequence, result.Problem));
    }

    [Fact]
    public void Should_Name_A_Repeated_Row()
    {
        var rows = Chain();
        rows.Insert(2, rows[1]);
        var result = EvidenceChainVerifier.Verify(NodeId, rows);
        Assert.Equal((2L, "sequence out of order after 2"), (result.FirstBrokenSequence, result.Problem));
    }

    [Fact]
    public void Should_Name_A_Sealed_Row_After_An_Open_Row()
    {
        var rows = Chain();
        Tamper(rows[2], nameof(StateInterval.IsSealed), false);
        Tamper(rows[2], nameof(StateInterval.Hash), null);

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[3], EvidenceChainVerifier.SealedAfterOpen);
    }

    [Fact]
    public void Should_Name_An_Open_Row_That_Carries_A_Hash()
    {
        var rows = Chain();
        Tamper(rows[5], nameof(StateInterval.Hash), new string('e', 64));

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[5], EvidenceChainVerifier.OpenRowHashed);
    }

    [Fact]
    public void Should_Name_A_Row_Moved_In_From_Another_Node()
    {
        var rows = Chain();
        Tamper(rows[3], nameof(StateInterval.NodeId), Guid.NewGuid());

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[3], EvidenceChainVerifier.OtherNode);
    }

    [Fact]
    public void Should_Name_A_First_Row_That_Does_Not_Chain_From_Genesis()
    {
        var rows = Chain();
        Tamper(rows[0], nameof(StateInterval.PreviousHash), new string('1', 64));

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[0], EvidenceChainVerifier.NotGenesis);
    }

    [Fact]
    public void Should_Name_A_Sealed_Row_Without_A_Hash()
    {
        var rows = Chain();
        Tamper(rows[4], nameof(StateInterval.Hash), null);

        AssertBrokenAt(EvidenceChainVerifier.Verify(NodeId, rows), rows[4], EvidenceChainVerifier.HashMismatch);
    }
}
