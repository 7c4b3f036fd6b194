using VendorManager.Evidence;

namespace VendorManager.Versions;

/// <summary>
/// Folds one version sighting into a node's version observations for one source. Pure: the caller
/// loads the node's observations for that source, calls <see cref="Record"/> and persists the result.
/// </summary>
public static class NodeVersionTracker
{
    /// <param name="known">Every observation of this node and source (any order).</param>
    /// <param name="evidence">How the sighting was made, kept on a change record.</param>
    public static VersionSighting Record(IReadOnlyCollection<VersionObservation> known, Guid nodeId, VersionSource source,
        NodeVersion version, DateTime at, string evidence)
    {
        ArgumentNullException.ThrowIfNull(known);
        // Microseconds, as every evidence instant: what PostgreSQL keeps is what the change record cites.
        at = EvidenceInstant.ToMicroseconds(EvidenceInstant.RequireUtc(at, "At"));
        if (known.Any(o => o.NodeId != nodeId || o.Source != source))
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "Observations of another node or source were passed in.", nameof(known));

        // The version the node answered with most recently is the one a change is measured from.
        var current = known.OrderByDescending(o => o.LastSeen).ThenByDescending(o => o.FirstSeen).FirstOrDefault();
        var same = known.FirstOrDefault(o => o.NodeVersion == version);

        if (current is not null && at < current.LastSeen)
        {
            // A late result (older than the newest sighting) cannot say what the node runs now.
            same?.SeenAgain(at);
            return same is null ? VersionSighting.Ignored() : VersionSighting.Seen(same, isNew: false);
        }

        if (same is not null && ReferenceEquals(same, current))
        {
            same.SeenAgain(at);
            return VersionSighting.Seen(same, isNew: false);
        }

        var isNew = same is null;
        var observation = same ?? new VersionObservation(nodeId, source, version, at);
        if (!isNew) observation.SeenAgain(at);
        if (current is null)
            return VersionSighting.Seen(observation, isNew);   // the first version ever seen is the baseline, not a change

        var change = new VersionChange(nodeId, source, current.NodeVersion, current.LastSeen, version, at, evidence);
        return VersionSighting.Changed(observation, isNew, change);
    }
}
