namespace VendorManager.Nodes;

/// <summary>How and how often a node is probed, and when a working node counts as degraded.</summary>
public sealed record ProbeSettings
{
    public ProbeKind Kind { get; private init; }
    public int IntervalSeconds { get; private init; }
    /// <summary>An association slower than this (connect to echo response) is degraded; null: latency never degrades.</summary>
    public int? DegradedLatencyMs { get; private init; }
    /// <summary>With C-FIND probing: a failing query while echo works is degraded (otherwise it is ignored).</summary>
    public bool DegradedWhenFindFails { get; private init; }

    public static readonly ProbeSettings Default = new() { Kind = ProbeKind.Echo, IntervalSeconds = DicomNodeConsts.DefaultIntervalSeconds };

    private ProbeSettings() { }

    public static ProbeSettings Create(ProbeKind kind, int intervalSeconds, int? degradedLatencyMs, bool degradedWhenFindFails)
    {
        if (!Enum.IsDefined(kind))
            throw new BusinessException(VendorManagerErrorCodes.Nodes.ProbeKindInvalid, "Probe must be Echo or EchoAndFind.", "Probe.Kind");
        if (intervalSeconds is < DicomNodeConsts.MinIntervalSeconds or > DicomNodeConsts.MaxIntervalSeconds)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.IntervalOutOfRange,
                $"The probe interval must be between {DicomNodeConsts.MinIntervalSeconds} seconds and {DicomNodeConsts.MaxIntervalSeconds / 3600} hours.", "Probe.IntervalSeconds");
        if (degradedLatencyMs is < 1 or > DicomNodeConsts.MaxDegradedLatencyMs)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.DegradedLatencyOutOfRange,
                $"The degraded-latency threshold must be between 1 and {DicomNodeConsts.MaxDegradedLatencyMs} ms, or empty.", "Probe.DegradedLatencyMs");
        return new ProbeSettings
        {
            Kind = kind,
            IntervalSeconds = intervalSeconds,
            DegradedLatencyMs = degradedLatencyMs,
            DegradedWhenFindFails = kind == ProbeKind.EchoAndFind && degradedWhenFindFails,
        };
    }
}
