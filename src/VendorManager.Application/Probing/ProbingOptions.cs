namespace VendorManager.Probing;

/// <summary>Bound from "Probing". Timeouts bound every probe so a dead node costs a worker at most <see cref="MaxProbeSeconds"/>.</summary>
public sealed class ProbingOptions
{
    /// <summary>Schedule probes at all; off, no evidence is collected (and the gap shows as unknown).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Probes running at once in this instance: the Hangfire "probes" queue's worker count.</summary>
    public int MaxConcurrency { get; set; } = 16;
    public int ConnectTimeoutSeconds { get; set; } = 5;
    public int AssociationTimeoutSeconds { get; set; } = 10;
    public int DimseTimeoutSeconds { get; set; } = 10;
    /// <summary>Overall deadline of one probe (echo plus find); also capped at the node's interval.</summary>
    public int MaxProbeSeconds { get; set; } = 20;
    /// <summary>Raw samples older than this are pruned; intervals and rollups stay.</summary>
    public int RawRetentionDays { get; set; } = Evidence.EvidenceConsts.DefaultRawRetentionDays;
    /// <summary>How far ahead each dispatch schedules probe slots; the dispatcher runs every minute, so keep it above 60.</summary>
    public int DispatchHorizonSeconds { get; set; } = 120;
    /// <summary>Slots within this many seconds share one queued job; each probe still starts at its own slot.</summary>
    public int BatchSeconds { get; set; } = 5;

    public void Validate()
    {
        Require(MaxConcurrency is >= 1 and <= 1024, nameof(MaxConcurrency), "between 1 and 1024");
        Require(ConnectTimeoutSeconds is >= 1 and <= 120, nameof(ConnectTimeoutSeconds), "between 1 and 120");
        Require(AssociationTimeoutSeconds is >= 1 and <= 300, nameof(AssociationTimeoutSeconds), "between 1 and 300");
        Require(DimseTimeoutSeconds is >= 1 and <= 300, nameof(DimseTimeoutSeconds), "between 1 and 300");
        Require(MaxProbeSeconds is >= 1 and <= 600, nameof(MaxProbeSeconds), "between 1 and 600");
        Require(RawRetentionDays is >= 1 and <= 3650, nameof(RawRetentionDays), "between 1 and 3650");
        Require(DispatchHorizonSeconds is >= 70 and <= 3600, nameof(DispatchHorizonSeconds), "between 70 and 3600");
        Require(BatchSeconds is >= 1 and <= 60, nameof(BatchSeconds), "between 1 and 60");
    }

    private static void Require(bool ok, string name, string range)
    {
        if (!ok) throw new InvalidOperationException($"Configuration Probing:{name} must be {range}.");
    }
}
