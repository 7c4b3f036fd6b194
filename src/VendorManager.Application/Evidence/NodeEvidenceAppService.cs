using VendorManager.Common;
using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.Evidence;

public sealed class NodeEvidenceAppService(
    IDicomNodeRepository nodes,
    IEvidenceRepository evidence,
    IVersionEvidenceRepository versions,
    TimeProvider clock) : INodeEvidenceAppService
{
    /// <summary>Longest window one uptime or history call may ask for: a year and a leap day, with room for a time-zone edge.</summary>
    public const int MaxWindowDays = 370;
    /// <summary>Most nodes one fleet uptime call may ask for: a large hospital group's estate, with room.</summary>
    public const int MaxUptimeNodes = 5_000;
    private const int MaxBoardNodes = 5_000;
    private static readonly TimeSpan StripLength = TimeSpan.FromHours(24);

    public async Task<NodeUptimeDto> GetUptimeAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default)
    {
        (from, to) = ValidateWindow(from, to);
        await nodes.GetAsync(nodeId, ct);
        return ToUptime(nodeId, from, to, await evidence.GetIntervalsAsync(nodeId, from, to, ct));
    }

    public async Task<IReadOnlyList<NodeUptimeDto>> GetUptimeForNodesAsync(IReadOnlyCollection<Guid> nodeIds, DateTime from, DateTime to,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        (from, to) = ValidateWindow(from, to);
        var ids = nodeIds.Distinct().ToList();
        // One read holds every interval of every node asked for; the cap keeps that bounded.
        if (ids.Count > MaxUptimeNodes)
            throw new BusinessException(EvidenceErrorCodes.TooManyNodes, $"One call may ask for at most {MaxUptimeNodes} nodes.", nameof(nodeIds));
        if (ids.Count == 0) return [];

        // The same not-found answer as the single-node call, so a report never silently drops a node.
        var existing = (await nodes.FindManyAsync(ids, ct)).Select(n => n.Id).ToHashSet();
        foreach (var id in ids)
            if (!existing.Contains(id))
                throw new EntityNotFoundException(typeof(DicomNode), id);

        var intervals = await evidence.GetSpansForNodesAsync(ids, from, to, ct);
        return ids.Select(id => ToUptime(id, from, to, intervals.TryGetValue(id, out var rows) ? rows : [])).ToList();
    }

    public async Task<ChainVerificationDto> VerifyAsync(Guid nodeId, CancellationToken ct = default)
    {
        await nodes.GetAsync(nodeId, ct);
        var rows = new List<StateInterval>();
        await foreach (var row in evidence.StreamChainAsync(nodeId, ct))
            rows.Add(row);
        var result = EvidenceChainVerifier.Verify(nodeId, rows);
        return new ChainVerificationDto(nodeId, result.IsValid, result.CheckedRows, result.FirstBrokenSequence, result.FirstBrokenId,
            result.Problem, result.LastSealedHash);
    }

    public async Task<StatusBoardDto> GetStatusBoardAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (page, _) = await nodes.ListAsync(new DicomNodeQuery(null, null, null, null, null, DicomNodeSortField.Name, false, 0, MaxBoardNodes), ct);
        var ids = page.Select(n => n.Id).ToList();
        var statuses = (await evidence.GetStatusesAsync(ids, ct)).ToDictionary(s => s.NodeId);
        var open = (await evidence.GetOpenIntervalsAsync(ids, ct)).ToDictionary(i => i.NodeId);
        var strips = await evidence.GetSpansForNodesAsync(ids, now - StripLength, now, ct);
        var board = page.Select(n => ToStatus(n, statuses.GetValueOrDefault(n.Id), open.GetValueOrDefault(n.Id),
            strips.TryGetValue(n.Id, out var rows) ? rows : [], now)).ToList();
        return new StatusBoardDto(now, board);
    }

    public async Task<NodeStatusDto> GetStatusAsync(Guid nodeId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var node = await nodes.GetAsync(nodeId, ct);
        var status = await evidence.FindStatusAsync(nodeId, ct);
        var open = (await evidence.GetOpenIntervalsAsync([nodeId], ct)).FirstOrDefault();
        var strip = await evidence.GetIntervalsAsync(nodeId, now - StripLength, now, ct);
        return ToStatus(node, status, open, strip, now);
    }

    public async Task<NodeHistoryDto> GetHistoryAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default)
    {
        (from, to) = ValidateWindow(from, to);
        await nodes.GetAsync(nodeId, ct);
        var samples = (await evidence.GetRawBlocksAsync(nodeId, from, to, ct))
            .SelectMany(b => b.Samples())
            .Where(s => s.At >= from && s.At < to)
            .Select(s => new RawSampleDto(s.At, s.State, s.Reason, s.LatencyMs))
            .ToList();
        var hours = (await evidence.GetRollupsAsync(nodeId, RollupGranularity.Hour, ProbeRollup.AlignedStart(RollupGranularity.Hour, from), to, ct))
            .Select(ToDto).ToList();
        var intervals = UptimeCalculator.Calculate(await evidence.GetIntervalsAsync(nodeId, from, to, ct), from, to).Intervals.Select(ToDto).ToList();
        return new NodeHistoryDto(nodeId, from, to, samples, hours, intervals);
    }

    public async Task<NodeVersionTimelineDto> GetVersionTimelineAsync(Guid nodeId, CancellationToken ct = default)
    {
        await nodes.GetAsync(nodeId, ct);
        var observations = await versions.ListObservationsAsync(nodeId, ct);
        var changes = await versions.ListChangesAsync(nodeId, 1_000, ct);
        return new NodeVersionTimelineDto(nodeId, observations.Select(ToDto).ToList(), changes.Select(ToDto).ToList());
    }

    public async Task<IReadOnlyList<VersionChangeDto>> ListVersionChangesAsync(int take, CancellationToken ct = default)
        => (await versions.ListChangesAsync(null, Math.Clamp(take, 1, 1_000), ct)).Select(ToDto).ToList();

    private static (DateTime From, DateTime To) ValidateWindow(DateTime from, DateTime to)
    {
        from = UtcInstant.From(from);
        to = UtcInstant.From(to);
        if (to <= from)
            throw new BusinessException(EvidenceErrorCodes.WindowInvalid, "'to' must be after 'from'.", "to");
        if (to - from > TimeSpan.FromDays(MaxWindowDays))
            throw new BusinessException(EvidenceErrorCodes.WindowTooLong, $"A window may span at most {MaxWindowDays} days.", "to");
        return (from, to);
    }

    private static NodeUptimeDto ToUptime(Guid nodeId, DateTime from, DateTime to, IReadOnlyList<IStateSpan> intervals)
    {
        var breakdown = UptimeCalculator.Calculate(intervals, from, to);
        var observed = breakdown.WindowSeconds - breakdown.UnknownSeconds;
        return new NodeUptimeDto(nodeId, from, to, breakdown.WindowSeconds, breakdown.UpSeconds, breakdown.DegradedSeconds,
            breakdown.DownSeconds, breakdown.UnknownSeconds,
            observed > 0 ? 100.0 * breakdown.UpSeconds / observed : null,
            breakdown.Intervals.Select(ToDto).ToList());
    }

    private static NodeStatusDto ToStatus(DicomNode node, NodeProbeStatus? status, StateInterval? open, IReadOnlyList<IStateSpan> strip, DateTime now)
    {
        // Silence beyond the gap threshold means the evidence no longer says anything: unknown, since the last probe.
        var silent = status?.LastProbeAt is not { } last
                     || now - last > TimeSpan.FromSeconds(EvidenceConsts.MonitoringGapAfterIntervals * (double)node.Probe.IntervalSeconds);
        var state = silent ? ProbeState.Unknown : open?.State ?? status!.LastState ?? ProbeState.Unknown;
        var since = silent ? status?.LastProbeAt : open?.From ?? status?.LastProbeAt;
        var day = UptimeCalculator.Calculate(strip, now - StripLength, now).Intervals.Select(ToDto).ToList();
        return new NodeStatusDto(node.Id, node.Name, node.AeTitle, node.Host, node.Port, node.Role, node.Site, node.Enabled,
            node.Probe.IntervalSeconds, state, since, status?.LastProbeAt, status?.LastLatencyMs, status?.LastReasonText,
            status?.LastImplementationClassUid, status?.LastImplementationVersionName, node.ExpectedVersion, day);
    }

    private static UptimeIntervalDto ToDto(UptimeSegment s)
        => new(s.From, s.To, (double)(s.To - s.From).Ticks / TimeSpan.TicksPerSecond, s.State, s.Reason, s.ReasonText, s.Sequence);

    private static ProbeRollupDto ToDto(ProbeRollup r)
        => new(r.BucketStart, r.ProbeCount, r.UpCount, r.DegradedCount, r.DownCount, r.LatencyMinMs, r.MeanLatencyMs, r.LatencyMaxMs, r.P95LatencyMs);

    private static VersionObservationDto ToDto(VersionObservation o) => new(o.Source, o.Identifier, o.Version, o.FirstSeen, o.LastSeen, o.TimesSeen);

    internal static VersionChangeDto ToDto(VersionChange c)
        => new(c.Id, c.NodeId, c.Source, c.FromIdentifier, c.FromVersion, c.ToIdentifier, c.ToVersion, c.PreviousLastSeen, c.DetectedAt, c.Kind,
            c.Evidence, c.NotifiedAt, c.NotificationError);
}
