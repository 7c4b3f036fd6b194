using System.Globalization;

namespace VendorManager.Evidence;

/// <summary>
/// Checks a node's evidence chain and names the first row that does not match. Anyone with the
/// rows can repeat this: it needs nothing but SHA-256 and the canonical form documented on
/// <see cref="StateInterval.CanonicalBytes"/>.
/// </summary>
public static class EvidenceChainVerifier
{
    public const string HashMismatch = "hash does not match the row";
    public const string SealedAfterOpen = "sealed row after an open row";
    public const string OpenAfterOpen = "open row after an open row";
    public const string OpenRowHashed = "open row carries a hash";
    public const string NotGenesis = "previous hash of the first row is not the genesis hash";
    public const string OtherNode = "row belongs to another node";

    public static string PreviousHashMismatch(long previousSequence)
        => string.Create(CultureInfo.InvariantCulture, $"previous hash does not match row {previousSequence}");

    public static string SequenceGap(long lastGoodSequence)
        => string.Create(CultureInfo.InvariantCulture, $"sequence gap after {lastGoodSequence}");

    public static string SequenceOutOfOrder(long lastGoodSequence)
        => string.Create(CultureInfo.InvariantCulture, $"sequence out of order after {lastGoodSequence}");

    /// <param name="nodeId">The node the rows must all belong to; a row copied in from another node hashes fine on its own.</param>
    /// <param name="rowsInSequenceOrder">All of the node's rows, ordered by Sequence, from Sequence 1.</param>
    public static ChainVerification Verify(Guid nodeId, IEnumerable<StateInterval> rowsInSequenceOrder)
    {
        ArgumentNullException.ThrowIfNull(rowsInSequenceOrder);
        StateInterval? previous = null;
        string? lastSealedHash = null;
        var checkedRows = 0;
        foreach (var row in rowsInSequenceOrder)
        {
            checkedRows++;
            var problem = FindProblem(nodeId, previous, row);
            if (problem is not null)
                return ChainVerification.Broken(checkedRows, row, problem, lastSealedHash);
            if (row.IsSealed)
                lastSealedHash = row.Hash;
            previous = row;
        }
        return ChainVerification.Valid(checkedRows, lastSealedHash);
    }

    private static string? FindProblem(Guid nodeId, StateInterval? previous, StateInterval row)
    {
        var expectedSequence = (previous?.Sequence ?? 0) + 1;
        if (row.Sequence > expectedSequence)
            return SequenceGap(expectedSequence - 1);
        if (row.Sequence < expectedSequence)
            return SequenceOutOfOrder(expectedSequence - 1);
        if (row.NodeId != nodeId)
            return OtherNode;
        if (previous is { IsSealed: false })
            return row.IsSealed ? SealedAfterOpen : OpenAfterOpen;
        var expectedPrevious = previous?.Hash ?? EvidenceConsts.GenesisHash;
        if (!string.Equals(row.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            return previous is null ? NotGenesis : PreviousHashMismatch(previous.Sequence);
        if (!row.IsSealed)
            return row.Hash is null ? null : OpenRowHashed;
        // A malformed stored previous hash cannot be hex-decoded; it is as broken as a wrong hash.
        return EvidenceHash.IsWellFormed(row.PreviousHash) && string.Equals(row.Hash, row.ComputeHash(), StringComparison.Ordinal)
            ? null
            : HashMismatch;
    }
}
