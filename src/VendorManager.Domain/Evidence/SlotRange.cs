namespace VendorManager.Evidence;

/// <summary>A node's probe slots from <see cref="First"/> to <see cref="Last"/> (UTC instants), claimed together.</summary>
public sealed record SlotRange
{
    public Guid NodeId { get; }
    public DateTime First { get; }
    public DateTime Last { get; }

    public SlotRange(Guid nodeId, DateTime first, DateTime last)
    {
        NodeId = nodeId;
        First = EvidenceInstant.RequireUtc(first, nameof(First));
        Last = EvidenceInstant.RequireUtc(last, nameof(Last));
        if (Last < First)
            throw new BusinessException(EvidenceErrorCodes.SequenceInvalid, "A slot range ends at or after its first slot.", nameof(Last));
    }
}
