namespace VendorManager.Evidence;

public static class EvidenceConsts
{
    public const int MaxReasonTextLength = 256;

    /// <summary>
    /// PS3.5 caps a UID at 64 characters and PS3.7 a version name at 16; both get 64 here so a
    /// sloppy peer's identity is still recorded. A hostile peer can send more: clip before building the observation.
    /// </summary>
    public const int MaxImplementationClassUidLength = 64;
    public const int MaxImplementationVersionNameLength = 64;

    /// <summary>A SHA-256 in lowercase hexadecimal.</summary>
    public const int HashLength = 64;

    /// <summary>The previous hash of a node's first evidence row (Sequence 1).</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>A probe later than this many intervals after the last one means nobody was watching: a monitoring gap.</summary>
    public const int MonitoringGapAfterIntervals = 2;

    /// <summary>Bytes per raw sample: uint16 second in the hour, byte state, byte reason, uint32 latency.</summary>
    public const int RawSampleSize = 8;

    public const int DefaultRawRetentionDays = 35;
}
