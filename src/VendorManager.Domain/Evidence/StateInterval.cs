using System.Globalization;
using System.Text;
using VendorManager.Entities;

namespace VendorManager.Evidence;

/// <summary>
/// A stretch of time in which a node stayed in one state: one row of the node's append-only,
/// hash-chained evidence. The last row of a node may be open (still being extended by probes
/// in the same state); every other row is sealed, and a sealed row never changes again.
/// Only <see cref="NodeEvidenceRecorder"/> creates and changes rows, so sequences and previous
/// hashes always chain.
/// </summary>
public class StateInterval : Entity<Guid>, IStateSpan
{
    // The canonical form. Published: rows hashed with it must verify forever, so never change it;
    // a new form gets a new version prefix and the verifier learns both.
    private const string InstantFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    public Guid NodeId { get; private set; }
    /// <summary>1, 2, 3… per node, with no gaps.</summary>
    public long Sequence { get; private set; }
    public DateTime From { get; private set; }
    /// <summary>The last probe in this state, or the first probe of the next state once sealed by a change.</summary>
    public DateTime To { get; private set; }
    public ProbeState State { get; private set; }
    /// <summary>The reason of the interval's first probe.</summary>
    public ProbeReason Reason { get; private set; }
    public string? ReasonText { get; private set; }
    public int ProbeCount { get; private set; }
    public bool IsSealed { get; private set; }
    /// <summary>The hash of the row with Sequence − 1, or <see cref="EvidenceConsts.GenesisHash"/> for Sequence 1.</summary>
    public string PreviousHash { get; private set; } = EvidenceConsts.GenesisHash;
    /// <summary>Null while open.</summary>
    public string? Hash { get; private set; }

    public TimeSpan Duration => To - From;

    private StateInterval() { }

    private StateInterval(Guid nodeId, long sequence, string previousHash, DateTime from, ProbeState state,
        ProbeReason reason, string? reasonText, int probeCount)
        : base(EvidenceInstant.NewId(from))
    {
        if (sequence < 1)
            throw new BusinessException(EvidenceErrorCodes.SequenceInvalid, "Evidence sequences start at 1.", nameof(Sequence));
        NodeId = nodeId;
        Sequence = sequence;
        PreviousHash = EvidenceHash.Normalize(previousHash, nameof(PreviousHash));
        From = from;
        To = from;
        State = state;
        Reason = reason;
        ReasonText = reasonText;
        ProbeCount = probeCount;
    }

    /// <summary>A new open interval [At, At] holding one probe.</summary>
    internal static StateInterval OpenWith(ProbeObservation first, long sequence, string previousHash)
        => new(first.NodeId, sequence, previousHash, first.At, first.State, first.Reason, first.ReasonText, probeCount: 1);

    /// <summary>A sealed Unknown interval [from, to) for a stretch nobody probed.</summary>
    internal static StateInterval SealedGap(Guid nodeId, long sequence, string previousHash, DateTime from, DateTime to)
    {
        var seconds = (long)Math.Floor((to - from).TotalSeconds);
        var gap = new StateInterval(nodeId, sequence, previousHash, from, ProbeState.Unknown, ProbeReason.MonitoringGap,
            string.Create(CultureInfo.InvariantCulture, $"no probe for {seconds} s"), probeCount: 0);
        gap.SealAt(to);
        return gap;
    }

    /// <summary>Another probe in the same state: the interval now reaches it.</summary>
    internal void Extend(DateTime probeAt)
    {
        MoveEndTo(probeAt);
        ProbeCount++;
    }

    /// <summary>Ends the interval at <paramref name="end"/> (the next state's first probe) and seals it.</summary>
    internal void SealAt(DateTime end)
    {
        MoveEndTo(end);
        Seal();
    }

    /// <summary>Seals the interval where it stands; from now on it only ever reads.</summary>
    internal void Seal()
    {
        EnsureOpen();
        Hash = ComputeHash();
        IsSealed = true;
    }

    private void MoveEndTo(DateTime end)
    {
        EnsureOpen();
        if (end < To)
            throw new BusinessException(EvidenceErrorCodes.IntervalCannotShrink,
                "An evidence interval only grows forward in time.", nameof(To), BusinessErrorKind.Rule);
        To = end;
    }

    private void EnsureOpen()
    {
        if (IsSealed)
            throw new BusinessException(EvidenceErrorCodes.IntervalSealed,
                $"Evidence row {Sequence} is sealed and can no longer change.", kind: BusinessErrorKind.Rule);
    }

    /// <summary>
    /// The bytes the row's hash covers: UTF-8 of exactly
    /// <c>v1|{NodeId:N}|{Sequence}|{From:yyyy-MM-ddTHH:mm:ss.fffffffZ}|{To:yyyy-MM-ddTHH:mm:ss.fffffffZ}|{State}|{Reason}|{ReasonText}|{ProbeCount}</c>
    /// in the invariant culture, where State and Reason are the enum member names, a null ReasonText
    /// is empty, Sequence and ProbeCount are plain decimal. Example:
    /// <c>v1|6f1c…e2|3|2026-03-02T09:00:00.0000000Z|2026-03-02T09:05:00.0000000Z|Up|Ok||6</c>.
    /// ReasonText is the only free-text field and ProbeCount after it has no '|', so the form stays
    /// unambiguous even if the text contains '|'. Published: it must never change.
    /// </summary>
    public byte[] CanonicalBytes()
        => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"v1|{NodeId:N}|{Sequence}|{From.ToString(InstantFormat, CultureInfo.InvariantCulture)}|{To.ToString(InstantFormat, CultureInfo.InvariantCulture)}|{State}|{Reason}|{ReasonText}|{ProbeCount}"));

    /// <summary>What <see cref="Hash"/> must be for the row as it stands now.</summary>
    public string ComputeHash() => EvidenceHash.Chain(PreviousHash, CanonicalBytes());
}
