using Microsoft.Extensions.Logging;
using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>
/// Stores probes: each node's state intervals (extended, sealed, gap), the day's rollup row (which holds
/// the hour rollups too), the raw sample, the node's latest status and the version sighting. A probe's
/// rows are saved in one transaction with it, never half. The rows the node's previous probe saved come
/// from <see cref="NodeEvidenceCache"/> when this instance wrote them; otherwise they are read.
/// </summary>
public sealed class ProbeEvidenceWriter(
    IEvidenceRepository evidence,
    IVersionEvidenceRepository versions,
    IUnitOfWork unitOfWork,
    NodeEvidenceCache cache,
    ILogger<ProbeEvidenceWriter> logger)
{
    public async Task<RecordedProbe> RecordAsync(DicomNode node, ProbeObservation observation, string description, CancellationToken ct = default)
        => (await RecordManyAsync([new ProbeToRecord(node, observation, description)], ct))[0];

    /// <summary>
    /// Stores several probes of different nodes in one transaction: the way a batch of probes that ended
    /// together costs one round trip instead of one each. If that save fails (most likely another instance
    /// wrote one of the nodes since this one cached it), each probe is stored on its own from the database,
    /// so one node's trouble never loses another node's evidence.
    /// </summary>
    /// <returns>What each probe recorded, in the order given.</returns>
    public async Task<IReadOnlyList<RecordedProbe>> RecordManyAsync(IReadOnlyList<ProbeToRecord> probes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(probes);
        if (probes.Select(p => p.Node.Id).Distinct().Count() != probes.Count)
            throw new ArgumentException("Each node may appear once in a group of probes.", nameof(probes));

        var cached = probes.Select(p => cache.Take(p.Node.Id)).ToList();
        var recorded = new RecordedProbe?[probes.Count];
        if (cached.Any(c => c is not null))
        {
            var written = new List<(int Index, NodeEvidenceState State)>();
            try
            {
                for (var i = 0; i < probes.Count; i++)
                    if (cached[i] is { } state)
                    {
                        var (result, next) = await ApplyAsync(probes[i], state, ct);
                        recorded[i] = result;
                        written.Add((i, next));
                    }
                await unitOfWork.SaveChangesAsync(ct);
                foreach (var (index, state) in written) cache.Put(probes[index].Node.Id, state);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "Cached evidence of {Count} node(s) was stale; writing each from the database", written.Count);
                unitOfWork.DiscardChanges();
                Array.Clear(recorded);
            }
        }

        for (var i = 0; i < probes.Count; i++)
            recorded[i] ??= await WriteFromDatabaseAsync(probes[i], ct);
        return recorded!;
    }

    private async Task<RecordedProbe> WriteFromDatabaseAsync(ProbeToRecord probe, CancellationToken ct)
    {
        var (node, observation) = (probe.Node, probe.Observation);
        var tip = await evidence.GetTipAsync(node.Id, ct);
        var status = await evidence.FindStatusAsync(node.Id, ct);
        // A group save that failed only after committing (its connection lost at COMMIT) must not count the probe twice.
        if (status?.LastProbeAt == observation.At && tip.Open is { } open)
            return new RecordedProbe(EvidenceChange.Ignored(open, tip.LastSealedHash, tip.LastSequence), null);

        var day = DailyRollup.DayOf(observation.At);
        var hour = HourOf(observation.At);
        var loaded = new NodeEvidenceState(tip,
            await evidence.FindDailyRollupAsync(node.Id, day, ct) ?? Added(DailyRollup.Start(node.Id, day)),
            await evidence.FindRawBlockAsync(node.Id, hour, ct) ?? Added(RawSampleBlock.Start(node.Id, hour)),
            status ?? Added(NodeProbeStatus.For(node.Id)),
            AssociationVersions: null);
        var (recorded, next) = await ApplyAsync(probe, loaded, ct, resume: false);
        await unitOfWork.SaveChangesAsync(ct);
        cache.Put(node.Id, next);
        return recorded;
    }

    /// <summary>Folds one probe into a node's rows (tracking them for the next save) and says what the rows are afterwards.</summary>
    private async Task<(RecordedProbe Recorded, NodeEvidenceState Next)> ApplyAsync(ProbeToRecord probe, NodeEvidenceState state,
        CancellationToken ct, bool resume = true)
    {
        var (node, observation) = (probe.Node, probe.Observation);
        var day = DailyRollup.DayOf(observation.At);
        var hour = HourOf(observation.At);
        var rollup = state.Rollup.Day == day ? state.Rollup : null;
        var block = state.Block.HourStart == hour ? state.Block : null;
        if (resume)
        {
            evidence.Resume(state.Tip, rollup, block, state.Status);
            if (state.AssociationVersions is { } seen) versions.Resume(seen);
            // A new day or hour: its row may already exist if another instance probed the node first.
            rollup ??= await evidence.FindDailyRollupAsync(node.Id, day, ct) ?? Added(DailyRollup.Start(node.Id, day));
            block ??= await evidence.FindRawBlockAsync(node.Id, hour, ct) ?? Added(RawSampleBlock.Start(node.Id, hour));
        }

        var tip = state.Tip;
        var change = NodeEvidenceRecorder.Record(tip.Open, tip.LastSealedHash, tip.LastSequence, node.Probe.IntervalSeconds, observation);
        evidence.AddIntervals(change.Inserted);
        rollup!.Add(observation);
        block!.Append(observation);
        state.Status.Observe(observation);

        VersionChange? versionChange = null;
        var known = state.AssociationVersions;
        if (observation.ImplementationClassUid is not null || observation.ImplementationVersionName is not null)
        {
            known ??= await versions.GetObservationsAsync(node.Id, VersionSource.Association, ct);
            (versionChange, known) = Record(node.Id, VersionSource.Association, known,
                new NodeVersion(observation.ImplementationClassUid, observation.ImplementationVersionName), observation.At, probe.Description);
        }

        var next = new NodeEvidenceState(new NodeEvidenceTip(change.Open, change.LastSealedHash, change.LastSequence), rollup, block, state.Status, known);
        return (new RecordedProbe(change, versionChange), next);
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

    private static DateTime HourOf(DateTime at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);

    private DailyRollup Added(DailyRollup rollup)
    {
        evidence.AddDailyRollup(rollup);
        return rollup;
    }

    private RawSampleBlock Added(RawSampleBlock block)
    {
        evidence.AddRawBlock(block);
        return block;
    }

    private NodeProbeStatus Added(NodeProbeStatus status)
    {
        evidence.AddStatus(status);
        return status;
    }
}
