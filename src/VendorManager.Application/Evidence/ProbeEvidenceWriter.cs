using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>
/// Stores one probe: the node's state intervals (extended, sealed, gap), the day's rollup row (which
/// holds the hour rollups too), the raw sample, the node's latest status and the version sighting,
/// all in one transaction, so the evidence never holds half a probe.
/// </summary>
public sealed class ProbeEvidenceWriter(IEvidenceRepository evidence, IVersionEvidenceRepository versions, IUnitOfWork unitOfWork)
{
    public async Task<RecordedProbe> RecordAsync(DicomNode node, ProbeObservation observation, string description, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(observation);

        var tip = await evidence.GetTipAsync(node.Id, ct);
        var change = NodeEvidenceRecorder.Record(tip.Open, tip.LastSealedHash, tip.LastSequence, node.Probe.IntervalSeconds, observation);
        evidence.AddIntervals(change.Inserted);

        var day = DailyRollup.DayOf(observation.At);
        var rollup = await evidence.FindDailyRollupAsync(node.Id, day, ct);
        if (rollup is null)
        {
            rollup = DailyRollup.Start(node.Id, day);
            evidence.AddDailyRollup(rollup);
        }
        rollup.Add(observation);

        var hour = RawSampleBlock.StartFor(node.Id, observation.At).HourStart;
        var block = await evidence.FindRawBlockAsync(node.Id, hour, ct);
        if (block is null)
        {
            block = RawSampleBlock.Start(node.Id, hour);
            evidence.AddRawBlock(block);
        }
        block.Append(observation);

        var status = await evidence.FindStatusAsync(node.Id, ct);
        if (status is null)
        {
            status = NodeProbeStatus.For(node.Id);
            evidence.AddStatus(status);
        }
        status.Observe(observation);

        VersionChange? versionChange = null;
        if (observation.ImplementationClassUid is not null || observation.ImplementationVersionName is not null)
            versionChange = await RecordVersionAsync(node.Id, VersionSource.Association,
                new NodeVersion(observation.ImplementationClassUid, observation.ImplementationVersionName), observation.At, description, ct);

        await unitOfWork.SaveChangesAsync(ct);
        return new RecordedProbe(change, versionChange);
    }

    /// <summary>A version read out of band (e.g. Orthanc's /system), stored on its own.</summary>
    public async Task<VersionChange?> RecordOutOfBandVersionAsync(Guid nodeId, VersionSource source, NodeVersion version, DateTime at,
        string description, CancellationToken ct = default)
    {
        var change = await RecordVersionAsync(nodeId, source, version, at, description, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return change;
    }

    private async Task<VersionChange?> RecordVersionAsync(Guid nodeId, VersionSource source, NodeVersion version, DateTime at,
        string description, CancellationToken ct)
    {
        var known = await versions.GetObservationsAsync(nodeId, source, ct);
        var sighting = NodeVersionTracker.Record(known, nodeId, source, version, at, description);
        if (sighting is { IsNewObservation: true, Observation: { } added }) versions.AddObservation(added);
        if (sighting.Change is { } change) versions.AddChange(change);
        return sighting.Change;
    }
}
