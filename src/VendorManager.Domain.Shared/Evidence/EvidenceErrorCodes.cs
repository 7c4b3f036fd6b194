namespace VendorManager.Evidence;

/// <summary>
/// Stable error codes for probe evidence. Clients and tests match on these, so a code, once
/// published, never changes meaning. Kept apart from <see cref="VendorManagerErrorCodes"/> because
/// evidence is its own bounded area.
/// </summary>
public static class EvidenceErrorCodes
{
    public const string NodeIdRequired = "VendorManager:Evidence:NodeIdRequired";
    public const string TimeNotUtc = "VendorManager:Evidence:TimeNotUtc";
    public const string StateInvalid = "VendorManager:Evidence:StateInvalid";
    public const string ReasonInvalid = "VendorManager:Evidence:ReasonInvalid";
    public const string ReasonTextTooLong = "VendorManager:Evidence:ReasonTextTooLong";
    public const string LatencyInvalid = "VendorManager:Evidence:LatencyInvalid";
    public const string ImplementationFieldTooLong = "VendorManager:Evidence:ImplementationFieldTooLong";
    public const string ProbeIntervalOutOfRange = "VendorManager:Evidence:ProbeIntervalOutOfRange";
    public const string SequenceInvalid = "VendorManager:Evidence:SequenceInvalid";
    public const string HashInvalid = "VendorManager:Evidence:HashInvalid";
    /// <summary>The open interval does not follow the chain tip the caller passed: a concurrent writer or a stale read.</summary>
    public const string ChainTipMismatch = "VendorManager:Evidence:ChainTipMismatch";
    public const string NodeMismatch = "VendorManager:Evidence:NodeMismatch";
    public const string IntervalSealed = "VendorManager:Evidence:IntervalSealed";
    public const string IntervalCannotShrink = "VendorManager:Evidence:IntervalCannotShrink";
    public const string WindowInvalid = "VendorManager:Evidence:WindowInvalid";
    public const string WindowTooLong = "VendorManager:Evidence:WindowTooLong";
    public const string TooManyNodes = "VendorManager:Evidence:TooManyNodes";
    public const string PercentileOutOfRange = "VendorManager:Evidence:PercentileOutOfRange";
    public const string HistogramDataInvalid = "VendorManager:Evidence:HistogramDataInvalid";
    public const string GranularityInvalid = "VendorManager:Evidence:GranularityInvalid";
    public const string BucketNotAligned = "VendorManager:Evidence:BucketNotAligned";
    public const string ObservationOutsideBucket = "VendorManager:Evidence:ObservationOutsideBucket";
    public const string RollupMismatch = "VendorManager:Evidence:RollupMismatch";
    public const string RawBlockDataInvalid = "VendorManager:Evidence:RawBlockDataInvalid";
    public const string RollupDataInvalid = "VendorManager:Evidence:RollupDataInvalid";
}
