namespace VendorManager.Evidence;

/// <summary>The outcome of checking one node's evidence chain.</summary>
public sealed record ChainVerification
{
    public bool IsValid { get; private init; }
    /// <summary>Rows examined: all of them when valid, up to and including the first broken one otherwise.</summary>
    public int CheckedRows { get; private init; }
    public long? FirstBrokenSequence { get; private init; }
    public Guid? FirstBrokenId { get; private init; }
    /// <summary>What is wrong with the first broken row, in words (see <see cref="EvidenceChainVerifier"/>'s texts).</summary>
    public string? Problem { get; private init; }
    /// <summary>The hash of the last sealed row checked: what a report cites to pin the evidence it stands on.</summary>
    public string? LastSealedHash { get; private init; }

    private ChainVerification() { }

    internal static ChainVerification Valid(int checkedRows, string? lastSealedHash)
        => new() { IsValid = true, CheckedRows = checkedRows, LastSealedHash = lastSealedHash };

    internal static ChainVerification Broken(int checkedRows, StateInterval row, string problem, string? lastSealedHash)
        => new()
        {
            CheckedRows = checkedRows,
            FirstBrokenSequence = row.Sequence,
            FirstBrokenId = row.Id,
            Problem = problem,
            LastSealedHash = lastSealedHash,
        };
}
