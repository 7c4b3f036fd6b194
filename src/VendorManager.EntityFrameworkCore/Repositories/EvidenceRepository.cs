using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorManager.Evidence;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class EvidenceRepository(VendorManagerDbContext db) : IEvidenceRepository
{
    public async Task<bool> TryClaimSlotAsync(Guid nodeId, DateTime slot, CancellationToken ct = default)
    {
        // One conditional UPDATE: the database serialises competing instances, so exactly one sees a row change.
        var claimed = await db.NodeProbeStatuses
            .Where(s => s.Id == nodeId && (s.LastSlot == null || s.LastSlot < slot))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSlot, slot), ct);
        if (claimed == 1) return true;
        if (await db.NodeProbeStatuses.AnyAsync(s => s.Id == nodeId, ct)) return false;
        return await TryInsertClaimAsync(nodeId, slot, ct);
    }

    private async Task<bool> TryInsertClaimAsync(Guid nodeId, DateTime slot, CancellationToken ct)
    {
        // The node's first probe: the primary key decides between instances inserting at once.
        var status = NodeProbeStatus.ClaimedFor(nodeId, slot);
        var entry = db.NodeProbeStatuses.Add(status);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public async Task<IReadOnlySet<Guid>> TryClaimSlotRangesAsync(IReadOnlyCollection<SlotRange> ranges, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var claimed = new HashSet<Guid>();
        if (ranges.Count == 0) return claimed;
        if (db.Database.IsNpgsql())
        {
            // One statement for a whole batch: a claim per probe was a round trip per probe, the poller's largest cost.
            var rows = await db.Database.SqlQueryRaw<Guid>(
                    """
                    UPDATE "NodeProbeStatuses" AS s SET "LastSlot" = v.last
                    FROM unnest(@ids, @firsts, @lasts) AS v(id, first, last)
                    WHERE s."NodeId" = v.id AND (s."LastSlot" IS NULL OR s."LastSlot" < v.first)
                    RETURNING s."NodeId" AS "Value"
                    """,
                    new NpgsqlParameter<Guid[]>("ids", ranges.Select(r => r.NodeId).ToArray()),
                    new NpgsqlParameter<DateTime[]>("firsts", ranges.Select(r => r.First).ToArray()),
                    new NpgsqlParameter<DateTime[]>("lasts", ranges.Select(r => r.Last).ToArray()))
                .ToListAsync(ct);
            claimed.UnionWith(rows);
        }
        else
        {
            // SQLite runs in process: a statement per node costs no round trip.
            foreach (var range in ranges)
            {
                var (nodeId, first, last) = (range.NodeId, range.First, range.Last);
                if (await db.NodeProbeStatuses.Where(s => s.Id == nodeId && (s.LastSlot == null || s.LastSlot < first))
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSlot, last), ct) == 1)
                    claimed.Add(nodeId);
            }
        }

        // A node probed for the first time has no status row to claim on yet: those are inserted one by one.
        var unclaimed = ranges.Where(r => !claimed.Contains(r.NodeId)).Select(r => r.NodeId).ToList();
        if (unclaimed.Count == 0) return claimed;
        var known = await db.NodeProbeStatuses.Where(s => unclaimed.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        foreach (var range in ranges.Where(r => unclaimed.Contains(r.NodeId) && !known.Contains(r.NodeId)))
            if (await TryInsertClaimAsync(range.NodeId, range.Last, ct))
                claimed.Add(range.NodeId);
        return claimed;
    }

    public async Task<ProbeDispatchCursor> GetDispatchCursorAsync(CancellationToken ct = default)
    {
        var cursor = await db.ProbeDispatchCursors.FirstOrDefaultAsync(c => c.Id == ProbeDispatchCursor.SingletonId, ct);
        if (cursor is not null) return cursor;
        cursor = ProbeDispatchCursor.Create();
        db.ProbeDispatchCursors.Add(cursor);
        return cursor;
    }

    public async Task<NodeEvidenceTip> GetTipAsync(Guid nodeId, CancellationToken ct = default)
    {
        // The open row, if any, is the last; the last sealed row is it or the one before: one indexed read of two rows.
        var last = await db.EvidenceIntervals.Where(i => i.NodeId == nodeId).OrderByDescending(i => i.Sequence).Take(2).ToListAsync(ct);
        var open = last.FirstOrDefault(i => !i.IsSealed);
        var sealedTip = last.FirstOrDefault(i => i.IsSealed);
        if (sealedTip is not null) db.Entry(sealedTip).State = EntityState.Detached;
        return sealedTip is null ? NodeEvidenceTip.Empty with { Open = open } : new NodeEvidenceTip(open, sealedTip.Hash!, sealedTip.Sequence);
    }

    public Task<NodeProbeStatus?> FindStatusAsync(Guid nodeId, CancellationToken ct = default)
        => db.NodeProbeStatuses.FirstOrDefaultAsync(s => s.Id == nodeId, ct);

    public Task<DailyRollup?> FindDailyRollupAsync(Guid nodeId, DateTime day, CancellationToken ct = default)
        => db.DailyRollups.FirstOrDefaultAsync(r => r.NodeId == nodeId && r.Day == day, ct);

    public Task<RawSampleBlock?> FindRawBlockAsync(Guid nodeId, DateTime hourStart, CancellationToken ct = default)
        => db.RawSampleBlocks.FirstOrDefaultAsync(r => r.NodeId == nodeId && r.HourStart == hourStart, ct);

    public void Resume(NodeEvidenceTip tip, DailyRollup? rollup, RawSampleBlock? block, NodeProbeStatus? status)
    {
        ArgumentNullException.ThrowIfNull(tip);
        if (tip.Open is { } open) db.EvidenceIntervals.Attach(open);
        if (rollup is not null) db.DailyRollups.Attach(rollup);
        if (block is not null) db.RawSampleBlocks.Attach(block);
        if (status is not null) db.NodeProbeStatuses.Attach(status);
    }

    public void AddIntervals(IEnumerable<StateInterval> intervals) => db.EvidenceIntervals.AddRange(intervals);

    public void AddDailyRollup(DailyRollup rollup) => db.DailyRollups.Add(rollup);

    public void AddRawBlock(RawSampleBlock block) => db.RawSampleBlocks.Add(block);

    public void AddStatus(NodeProbeStatus status) => db.NodeProbeStatuses.Add(status);

    public async Task<IReadOnlyList<StateInterval>> GetIntervalsAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default)
        => await db.EvidenceIntervals.AsNoTracking()
            .Where(i => i.NodeId == nodeId && i.To >= from && i.From < to)
            .OrderBy(i => i.Sequence)
            .ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<StateSpan>>> GetSpansForNodesAsync(IReadOnlyCollection<Guid> nodeIds,
        DateTime from, DateTime to, CancellationToken ct = default)
    {
        var rows = await db.EvidenceIntervals.AsNoTracking()
            .Where(i => nodeIds.Contains(i.NodeId) && i.To >= from && i.From < to)
            .Select(i => new { i.NodeId, Span = new StateSpan(i.Id, i.Sequence, i.From, i.To, i.State, i.Reason, i.ReasonText) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.NodeId).ToDictionary(g => g.Key, g => (IReadOnlyList<StateSpan>)g.Select(r => r.Span).OrderBy(s => s.Sequence).ToList());
    }

    public async IAsyncEnumerable<StateInterval> StreamChainAsync(Guid nodeId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in db.EvidenceIntervals.AsNoTracking().Where(i => i.NodeId == nodeId).OrderBy(i => i.Sequence)
                           .AsAsyncEnumerable().WithCancellation(ct))
            yield return row;
    }

    public async Task<IReadOnlyList<ProbeRollup>> GetRollupsAsync(Guid nodeId, RollupGranularity granularity, DateTime from, DateTime to,
        CancellationToken ct = default)
    {
        if (granularity is not (RollupGranularity.Hour or RollupGranularity.Day))
            throw new BusinessException(EvidenceErrorCodes.GranularityInvalid, "A rollup covers an hour or a day.", nameof(granularity));
        // The day holding 'from' may hold hours inside the window even though the day itself starts before it.
        var firstDay = DailyRollup.DayOf(from);
        var days = await db.DailyRollups.AsNoTracking()
            .Where(r => r.NodeId == nodeId && r.Day >= firstDay && r.Day < to)
            .OrderBy(r => r.Day)
            .ToListAsync(ct);
        var rollups = granularity == RollupGranularity.Hour ? days.SelectMany(d => d.Hours()) : days.Select(d => d.Summary());
        return rollups.Where(r => r.BucketStart >= from && r.BucketStart < to).ToList();
    }

    public async Task<IReadOnlyList<RawSampleBlock>> GetRawBlocksAsync(Guid nodeId, DateTime from, DateTime to, CancellationToken ct = default)
    {
        var firstHour = new DateTime(from.Ticks - from.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc);
        return await db.RawSampleBlocks.AsNoTracking()
            .Where(r => r.NodeId == nodeId && r.HourStart >= firstHour && r.HourStart < to)
            .OrderBy(r => r.HourStart)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<NodeProbeStatus>> GetStatusesAsync(IReadOnlyCollection<Guid> nodeIds, CancellationToken ct = default)
        => await db.NodeProbeStatuses.AsNoTracking().Where(s => nodeIds.Contains(s.Id)).ToListAsync(ct);

    public async Task<IReadOnlyList<StateInterval>> GetOpenIntervalsAsync(IReadOnlyCollection<Guid> nodeIds, CancellationToken ct = default)
        => await db.EvidenceIntervals.AsNoTracking().Where(i => !i.IsSealed && nodeIds.Contains(i.NodeId)).ToListAsync(ct);

    public Task<int> DeleteRawBlocksBeforeAsync(DateTime cutoff, CancellationToken ct = default)
    {
        // A block covers [HourStart, HourStart + 1 h): it goes only once all of that hour is past the cutoff.
        var lastHourStart = cutoff.AddHours(-1);
        return db.RawSampleBlocks.Where(r => r.HourStart <= lastHourStart).ExecuteDeleteAsync(ct);
    }
}
