using System.Collections.Concurrent;
using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>
/// What the last probe of each node left in the database, kept by this instance so the next probe
/// updates those rows without reading them first (four reads per probe were most of the poller's
/// database round trips). Only a guess: the save checks the node's <see cref="NodeProbeStatus.Revision"/>,
/// so after another instance wrote the node's evidence the write fails and is redone from the database.
/// A probe takes its node's entry out while it works, so two probes never share one copy.
/// </summary>
public sealed class NodeEvidenceCache
{
    private readonly ConcurrentDictionary<Guid, NodeEvidenceState> states = new();

    public NodeEvidenceState? Take(Guid nodeId) => states.TryRemove(nodeId, out var state) ? state : null;

    public void Put(Guid nodeId, NodeEvidenceState state) => states[nodeId] = state;

    public void Forget(Guid nodeId) => states.TryRemove(nodeId, out _);
}

/// <summary>
/// A node's evidence rows as its last write saved them: the chain tip (with the open interval), the
/// day's rollup, the hour's raw block, the status row and, once read, the association's version observations.
/// </summary>
public sealed record NodeEvidenceState(
    NodeEvidenceTip Tip,
    DailyRollup Rollup,
    RawSampleBlock Block,
    NodeProbeStatus Status,
    IReadOnlyList<VersionObservation>? AssociationVersions);
