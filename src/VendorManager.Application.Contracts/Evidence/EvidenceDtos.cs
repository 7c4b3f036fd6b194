using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>One stretch of a window in one state, cut to the window. Sequence is null where no interval covers the time.</summary>
public sealed record UptimeIntervalDto(DateTime From, DateTime To, double Seconds, ProbeState State, ProbeReason Reason, string? ReasonText,
    long? Sequence);

/// <summary>Where [From, To) went, exact to the tick; the four figures add up to WindowSeconds.</summary>
public sealed record NodeUptimeDto(
    Guid NodeId,
    DateTime From,
    DateTime To,
    double WindowSeconds,
    double UpSeconds,
    double DegradedSeconds,
    double DownSeconds,
    double UnknownSeconds,
    /// <summary>Up ÷ (window − unknown), in percent; null when nothing was observed.</summary>
    double? AvailabilityPercent,
    IReadOnlyList<UptimeIntervalDto> Intervals);

public sealed record ChainVerificationDto(
    Guid NodeId,
    bool IsValid,
    int CheckedRows,
    long? FirstBrokenSequence,
    Guid? FirstBrokenId,
    string? Problem,
    string? LastSealedHash);

/// <summary>A node on the status board: its state now, since when, and the last 24 hours.</summary>
public sealed record NodeStatusDto(
    Guid NodeId,
    string Name,
    string AeTitle,
    string Host,
    int Port,
    NodeRole Role,
    string? Site,
    bool Enabled,
    int IntervalSeconds,
    ProbeState State,
    DateTime? StateSince,
    DateTime? LastProbeAt,
    double? LastLatencyMs,
    string? LastReasonText,
    string? ImplementationClassUid,
    string? ImplementationVersionName,
    string? ExpectedVersion,
    IReadOnlyList<UptimeIntervalDto> Last24Hours);

public sealed record StatusBoardDto(DateTime GeneratedAt, IReadOnlyList<NodeStatusDto> Nodes);

/// <summary>One probe as kept in the raw samples (to the second, latency to 10 µs).</summary>
public sealed record RawSampleDto(DateTime At, ProbeState State, ProbeReason Reason, double? LatencyMs);

/// <summary>Hourly or daily summary of probes.</summary>
public sealed record ProbeRollupDto(DateTime BucketStart, int ProbeCount, int UpCount, int DegradedCount, int DownCount,
    double? LatencyMinMs, double? LatencyMeanMs, double? LatencyMaxMs, double? LatencyP95Ms);

public sealed record VersionObservationDto(VersionSource Source, string Identifier, string Version, DateTime FirstSeen, DateTime LastSeen, long TimesSeen);

public sealed record VersionChangeDto(
    Guid Id,
    Guid NodeId,
    VersionSource Source,
    string FromIdentifier,
    string FromVersion,
    string ToIdentifier,
    string ToVersion,
    DateTime PreviousLastSeen,
    DateTime DetectedAt,
    VersionChangeKind Kind,
    string Evidence,
    DateTime? NotifiedAt,
    string? NotificationError);

public sealed record NodeVersionTimelineDto(Guid NodeId, IReadOnlyList<VersionObservationDto> Observations, IReadOnlyList<VersionChangeDto> Changes);

/// <summary>A node's history for charts: raw samples while retained, else hourly rollups.</summary>
public sealed record NodeHistoryDto(Guid NodeId, DateTime From, DateTime To, IReadOnlyList<RawSampleDto> Samples,
    IReadOnlyList<ProbeRollupDto> HourlyRollups, IReadOnlyList<UptimeIntervalDto> Intervals);
