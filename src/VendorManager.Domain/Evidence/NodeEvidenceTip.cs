namespace VendorManager.Evidence;

/// <summary>Where a node's evidence chain stands: its open row (tracked, to be extended or sealed) and its last sealed row.</summary>
public sealed record NodeEvidenceTip(StateInterval? Open, string LastSealedHash, long LastSequence)
{
    public static readonly NodeEvidenceTip Empty = new(null, EvidenceConsts.GenesisHash, 0);
}
