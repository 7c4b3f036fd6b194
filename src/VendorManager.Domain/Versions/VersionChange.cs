using VendorManager.Entities;
using VendorManager.Evidence;

namespace VendorManager.Versions;

/// <summary>
/// A node answered with a different version than it last did. Carries the evidence behind it:
/// when the old version was last seen and the new one first seen (the change happened in between),
/// and the probe that saw it. Administrators are told by e-mail; the outcome is kept here.
/// </summary>
public class VersionChange : Entity<Guid>
{
    public Guid NodeId { get; private set; }
    public VersionSource Source { get; private set; }
    public string FromIdentifier { get; private set; } = "";
    public string FromVersion { get; private set; } = "";
    public string ToIdentifier { get; private set; } = "";
    public string ToVersion { get; private set; } = "";
    /// <summary>The last sighting of the old version: the change happened after this.</summary>
    public DateTime PreviousLastSeen { get; private set; }
    /// <summary>The first sighting of the new version: the change happened before this.</summary>
    public DateTime DetectedAt { get; private set; }
    public VersionChangeKind Kind { get; private set; }
    /// <summary>How it was seen, in words (probe kind, latency, peer address).</summary>
    public string Evidence { get; private set; } = "";
    public DateTime? NotifiedAt { get; private set; }
    public string? NotificationError { get; private set; }

    public NodeVersion From => new(FromIdentifier, FromVersion);
    public NodeVersion To => new(ToIdentifier, ToVersion);

    private VersionChange() { }

    internal VersionChange(Guid nodeId, VersionSource source, NodeVersion from, DateTime previousLastSeen, NodeVersion to,
        DateTime detectedAt, string evidence)
        : base(EvidenceInstant.NewId(detectedAt))
    {
        NodeId = nodeId;
        Source = source;
        FromIdentifier = from.Identifier;
        FromVersion = from.Version;
        ToIdentifier = to.Identifier;
        ToVersion = to.Version;
        PreviousLastSeen = previousLastSeen;
        DetectedAt = detectedAt;
        Kind = VersionChangeKind.Unscheduled;
        Evidence = evidence.Length <= VersionConsts.MaxEvidenceTextLength ? evidence : evidence[..VersionConsts.MaxEvidenceTextLength];
    }

    public void MarkNotified(DateTime at)
    {
        NotifiedAt = at;
        NotificationError = null;
    }

    public void MarkNotificationFailed(string error)
    {
        NotifiedAt = null;
        NotificationError = error.Length <= VersionConsts.MaxNotificationErrorLength ? error : error[..VersionConsts.MaxNotificationErrorLength];
    }
}
