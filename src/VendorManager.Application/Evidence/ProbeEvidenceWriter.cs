using Microsoft.Extensions.Logging;
using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>
/// Stores one probe: the node's state intervals (extended, sealed, gap), the day's rollup row (which
/// holds the hour rollups too), the raw sample, the node's latest status and the version sighting,
/// all in one transaction, so the evidence never holds half a probe. The rows the previous probe of the
/// node saved come from <see cref="NodeEvidenceCache"/> when this instance wrote them; otherwise they are read.
/// </summary>
public sealed class ProbeEvidenceWriter(
    IEvidenceRepository evidence,
    IVersionEvidenceRepository versions,
    IUnitOfWork unitOfWork,
    NodeEvidenceCache cache,
    ILogger<ProbeEvidenceWriter> logger)
{
    public async Task<RecordedProbe> RecordAsync(DicomNode node, ProbeObservation observation, string description, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(observation);

        if (cache.Take(node.Id) is { } cached)
        {
            try
            {
                return await WriteAsync(node, observation, description, cached, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Most likely another instance probed the node since this copy was saved (the revision no longer
                // matched). Whatever it was, the rows read fresh from the database decide.
                logger.LogDebug(ex, "Node {NodeId}: cached evidence was stale; writing from the database", node.Id);
                unitOfWork.DiscardChanges();
            }
        }
        return await WriteAsync(node, observation, description, cached: null, ct);
    }

    private async Task<RecordedProbe> WriteAsync(DicomNode node, ProbeObservation observation, string description, NodeEvidenceState? cached,
        CancellationToken ct)
    {
        var day = DailyRollup.DayOf(observation.At);
        var hour = RawSampleBlock.StartFor(node.Id, observation.At).HourStart;
        NodeEvidenceTip tip;
        NodeProbeStatus? status;
        DailyRollup? rollup;
        RawSampleBlock? block;
        IReadOnlyList<VersionObservation>? known;
        if (cached is not null)
        {
            tip = cached.Tip;
            status = cached.Status;
            known = cached.AssociationVersions;
            rollup = cached.Rollup.Day == day ? cached.Rollup : null;
            block = cached.Block.HourStart == hour ? cached.Block : null;
            evidence.Resume(tip, rollup, block, status);
            if (known is not null) versions.Resume(known);
            // A new day or hour: its row may already exist if another instance probed the node first.
            rollup ??= await evidence.FindDailyRollupAsync(node.Id, day, ct);
            block ??= await evidence.FindRawBlockAsync(node.Id, hour, ct);
        }
        else
        {
            tip = await evidence.GetTipAsync(node.Id, ct);
            status = await evidence.FindStatusAsync(node.Id, ct);
            // A save that failed only after committing (its connection lost at COMMIT) must not count the probe twice.
            if (status?.LastProbeAt == observation.At)
                return new RecordedProbe(EvidenceChange.Ignored(tip.Open ?? throw StatusWithoutInterval(node.Id), tip.LastSealedHash, tip.LastSequence), null);
            rollup = await evidence.FindDailyRollupAsync(node.Id, day, ct);
            block = await evidence.FindRawBlockAsync(node.Id, hour, ct);
            known = null;
        }

        var change = NodeEvidenceRecorder.Record(tip.Open, tip.LastSealedHash, tip.LastSequence, node.Probe.IntervalSeconds, observation);
        evidence.AddIntervals(change.Inserted);

        if (rollup is null)
        {
            rollup = DailyRollup.Start(node.Id, day);
            evidence.AddDailyRollup(rollup);
        }
        rollup.Add(observation);

        if (block is null)
        {
            block = RawSampleBlock.Start(node.Id, hour);
            evidence.AddRawBlock(block);
        }
        block.Append(observation);

        if (status is null)
        {
            status = NodeProbeStatus.For(node.Id);
            evidence.AddStatus(status);
        }
        status.Observe(observation);

        VersionChange? versionChange = null;
        if (observation.ImplementationClassUid is not null || observation.ImplementationVersionName is not null)
        {
            known ??= await versions.GetObservationsAsync(node.Id, VersionSource.Association, ct);
            (versionChange, known) = Record(node.Id, VersionSource.Association, known,
                new NodeVersion(observation.ImplementationClassUid, observation.ImplementationVersionName), observation.At, description);
        }

        await unitOfWork.SaveChangesAsync(ct);
        cache.Put(node.Id, new NodeEvidenceState(new NodeEvidenceTip(change.Open, change.LastSealedHash, change.LastSequence), rollup, block, status, known));
        return new RecordedProbe(change, versionChange);
    }

    /// <summary>A version read out of band (e.g. Orthanc's /system), stored on its own.</summary>
    public async Task<VersionChange?> RecordOutOfBandVersionAsync(Guid nodeId, VersionSource source, NodeVersion version, DateTime at,
        string description, CancellationToken ct = default)
    {
        var known = await versions.GetObservationsAsync(nodeId, source, ct);
        var (change, _) = Record(nodeId, source, known, version, at, description);
        await unitOfWork.SaveChangesAsync(ct);
        return change;
    }

    private (VersionChange? Change, IReadOnlyList<VersionObservation> Known) Record(Guid nodeId, VersionSource source,
        IReadOnlyList<VersionObservation> known, NodeVersion version, DateTime at, string description)
    {
        var sighting = NodeVersionTracker.Record(known, nodeId, source, version, at, description);
        if (sighting is { IsNewObservation: true, Observation: { } added })
        {
            versions.AddObservation(added);
            known = [.. known, added];
        }
        if (sighting.Change is { } change) versions.AddChange(change);
        return (sighting.Change, known);
    }

    private static BusinessException StatusWithoutInterval(Guid nodeId)
        => new(EvidenceErrorCodes.ChainTipMismatch, $"Node {nodeId} has a probe status but no open evidence row.", "NodeId", BusinessErrorKind.Conflict);
}
