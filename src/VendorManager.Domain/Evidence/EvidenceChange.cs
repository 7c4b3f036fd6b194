namespace VendorManager.Evidence;

/// <summary>
/// What one observation did to a node's evidence, for the caller to persist in one unit of work:
/// add <see cref="Inserted"/>, save <see cref="Updated"/>. Everything is in sequence order.
/// </summary>
public sealed class EvidenceChange
{
    /// <summary>The observation was older than the open interval's end and changed nothing.</summary>
    public bool IsIgnored { get; }
    /// <summary>Rows sealed by this observation (the previously open row and any gap row).</summary>
    public IReadOnlyList<StateInterval> Sealed { get; }
    /// <summary>New rows: a gap row and/or the new open row.</summary>
    public IReadOnlyList<StateInterval> Inserted { get; }
    /// <summary>The pre-existing open row when it was extended or sealed; null when there was none or nothing changed.</summary>
    public StateInterval? Updated { get; }
    /// <summary>The node's open row after this observation: the extended one or the new one.</summary>
    public StateInterval Open { get; }
    /// <summary>The chain tip after the change, to pass with the next observation.</summary>
    public string LastSealedHash { get; }
    public long LastSequence { get; }

    private EvidenceChange(bool isIgnored, IReadOnlyList<StateInterval> @sealed, IReadOnlyList<StateInterval> inserted,
        StateInterval? updated, StateInterval open, string lastSealedHash, long lastSequence)
    {
        IsIgnored = isIgnored;
        Sealed = @sealed;
        Inserted = inserted;
        Updated = updated;
        Open = open;
        LastSealedHash = lastSealedHash;
        LastSequence = lastSequence;
    }

    /// <summary>Nothing changes: the observation is late, or already recorded.</summary>
    public static EvidenceChange Ignored(StateInterval open, string lastSealedHash, long lastSequence)
        => new(true, [], [], null, open, lastSealedHash, lastSequence);

    internal static EvidenceChange Opened(StateInterval open, string lastSealedHash, long lastSequence)
        => new(false, [], [open], null, open, lastSealedHash, lastSequence);

    internal static EvidenceChange Extended(StateInterval open, string lastSealedHash, long lastSequence)
        => new(false, [], [], open, open, lastSealedHash, lastSequence);

    internal static EvidenceChange Changed(StateInterval closed, StateInterval next)
        => new(false, [closed], [next], closed, next, closed.Hash!, closed.Sequence);

    internal static EvidenceChange AfterGap(StateInterval closed, StateInterval gap, StateInterval next)
        => new(false, [closed, gap], [gap, next], closed, next, gap.Hash!, gap.Sequence);
}
