namespace VendorManager.Evidence;

/// <summary>The span one probe rollup covers; buckets are aligned to UTC hours and UTC days.</summary>
public enum RollupGranularity
{
    Hour = 0,
    Day = 1,
}
