namespace VendorManager.Evidence;

/// <summary>
/// What uptime needs of an evidence interval: when, which state and why, and which row it was.
/// Reads for uptime over many nodes load spans instead of whole <see cref="StateInterval"/> rows, because
/// the two hashes on every row (which only the chain verifier needs) were most of a year's read.
/// </summary>
public interface IStateSpan
{
    Guid Id { get; }
    long Sequence { get; }
    DateTime From { get; }
    DateTime To { get; }
    ProbeState State { get; }
    ProbeReason Reason { get; }
    string? ReasonText { get; }
}

/// <summary>An interval's span read without its hashes (see <see cref="IStateSpan"/>).</summary>
public sealed record StateSpan(Guid Id, long Sequence, DateTime From, DateTime To, ProbeState State, ProbeReason Reason, string? ReasonText)
    : IStateSpan;
