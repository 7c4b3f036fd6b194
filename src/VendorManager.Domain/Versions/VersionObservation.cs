using VendorManager.Entities;
using VendorManager.Evidence;

namespace VendorManager.Versions;

/// <summary>
/// One version a node reported through one source, with the first and last time it was seen.
/// A node that goes back to an earlier version extends that version's row again; the change
/// records say in which order versions followed each other.
/// </summary>
public class VersionObservation : Entity<Guid>
{
    public Guid NodeId { get; private set; }
    public VersionSource Source { get; private set; }
    public string Identifier { get; private set; } = "";
    public string Version { get; private set; } = "";
    public DateTime FirstSeen { get; private set; }
    public DateTime LastSeen { get; private set; }
    public long TimesSeen { get; private set; }

    public NodeVersion NodeVersion => new(Identifier, Version);

    private VersionObservation() { }

    internal VersionObservation(Guid nodeId, VersionSource source, NodeVersion version, DateTime seenAt)
        : base(EvidenceInstant.NewId(seenAt))
    {
        NodeId = nodeId;
        Source = source;
        Identifier = version.Identifier;
        Version = version.Version;
        FirstSeen = seenAt;
        LastSeen = seenAt;
        TimesSeen = 1;
    }

    internal void SeenAgain(DateTime at)
    {
        // A late probe result is still a sighting, but never moves LastSeen backwards.
        if (at > LastSeen) LastSeen = at;
        if (at < FirstSeen) FirstSeen = at;
        TimesSeen++;
    }
}
