using System.Buffers;
using System.Globalization;
using VendorManager.Evidence;
using VendorManager.Versions;

namespace VendorManager.Benchmarks;

/// <summary>How one synthetic node misbehaves over its year; drawn from its seed, so every run builds the same evidence.</summary>
internal sealed record NodeBehaviour(
    int OutagesPerMonth,
    int DegradedEpisodesPerMonth,
    int SlowSpikesPerYear,
    int MonitoringGapsPerYear,
    double TypicalLatencyMs,
    bool UpgradedMidYear)
{
    public static NodeBehaviour Draw(Random random) => new(
        OutagesPerMonth: random.Next(1, 6),
        DegradedEpisodesPerMonth: random.Next(1, 7),
        SlowSpikesPerYear: random.Next(0, 41),
        MonitoringGapsPerYear: random.Next(1, 4),
        TypicalLatencyMs: 1.5 + random.NextDouble() * 6.5,
        UpgradedMidYear: random.Next(2) == 0);
}

/// <summary>
/// Up, degraded, down and unknown time in a window, tallied straight from the probes by the rules
/// the domain documents (a probe's state holds until the next probe; silence over
/// <see cref="EvidenceConsts.MonitoringGapAfterIntervals"/> intervals is unknown), without the
/// recorder, so the stored intervals can be checked against it.
/// </summary>
internal sealed class UptimeTally(DateTime from, int intervalSeconds)
{
    private readonly long[] _ticks = new long[4];
    private ProbeObservation? _last;

    public void Add(ProbeObservation probe)
    {
        if (_last is null)
            _ticks[(int)ProbeState.Unknown] += (probe.At - from).Ticks;
        else
        {
            var silence = (probe.At - _last.At).Ticks;
            var gap = silence > EvidenceConsts.MonitoringGapAfterIntervals * (long)intervalSeconds * TimeSpan.TicksPerSecond;
            _ticks[(int)(gap ? ProbeState.Unknown : _last.State)] += silence;
        }
        _last = probe;
    }

    /// <summary>Ticks per <see cref="ProbeState"/> in [from, <paramref name="to"/>); the last probe's state is not known past it.</summary>
    public long[] Finish(DateTime to)
    {
        var totals = (long[])_ticks.Clone();
        totals[(int)ProbeState.Unknown] += (to - (_last?.At ?? from)).Ticks;
        return totals;
    }
}

/// <summary>One node's year as the store keeps it at the year's end.</summary>
internal sealed class NodeYearEvidence(Guid nodeId, NodeBehaviour behaviour)
{
    public Guid NodeId { get; } = nodeId;
    public NodeBehaviour Behaviour { get; } = behaviour;
    public List<StateInterval> Intervals { get; } = [];
    public List<DailyRollup> DailyRollups { get; } = [];
    public List<RawSampleBlock> RawBlocks { get; } = [];
    public List<VersionObservation> VersionObservations { get; } = [];
    public List<VersionChange> VersionChanges { get; } = [];
    public NodeProbeStatus? Status { get; set; }
    public long Probes { get; set; }
    /// <summary>What the generator knows it produced: ticks per <see cref="ProbeState"/> over the year.</summary>
    public long[] ExpectedTicks { get; set; } = new long[4];
}

/// <summary>
/// A realistic year of 60-second probes for a node, folded through the real domain code
/// (<see cref="NodeEvidenceRecorder"/>, <see cref="DailyRollup"/>, <see cref="RawSampleBlock"/>,
/// <see cref="NodeVersionTracker"/>) in memory, keeping only what the store keeps.
/// The behaviour: a few outages a month lasting minutes to hours (refused, timed out or rejected),
/// degraded episodes (answers above the threshold) and single slow probes, a couple of monitoring
/// gaps a year (the poller itself down), probe start jitter and log-normal latency jitter, and a
/// software upgrade in the middle of the year on about half the nodes.
/// </summary>
internal static class SyntheticEvidence
{
    public const int IntervalSeconds = 60;
    public const int DegradedLatencyMs = 500;
    public static readonly DateTime YearStart = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime YearEnd = YearStart.AddYears(1);
    public const string ClassUid = "1.2.276.0.7230010.3.0.3.6.8";
    public const string UpgradedClassUid = "1.2.276.0.7230010.3.0.3.6.9";

    // Per-minute plan codes: what the node (or the poller) does in that minute.
    private const byte PlanUp = 0, PlanDegraded = 1, PlanSlowSpike = 2, PlanDown = 3, PlanSilent = 4;

    private sealed record Outage(ProbeReason Reason, string Text, double LatencyMs);

    private static readonly Outage[] Outages =
    [
        new(ProbeReason.Refused, "connection refused", 0.4),
        new(ProbeReason.TimedOut, "no A-ASSOCIATE response within 10 s", 10_000),
        new(ProbeReason.Rejected, "A-ASSOCIATE-RJ: called AE title not recognised", 3.0),
    ];

    /// <summary>
    /// A repeatable seed per node index, so the node's year is the same in every run. Scrambled, because
    /// <see cref="Random"/> seeded with neighbouring numbers starts with near-identical draws.
    /// </summary>
    private static int SeedOf(int index, uint stream)
    {
        var x = (ulong)(index + 1) * 0x9E37_79B9_7F4A_7C15UL ^ (stream + 1UL) * 0xBF58_476D_1CE4_E5B9UL;
        x ^= x >> 31;
        return (int)(x >> 33);
    }

    public static NodeBehaviour BehaviourOf(int index) => NodeBehaviour.Draw(new Random(SeedOf(index, 0)));

    /// <summary>
    /// The probes of the node at <paramref name="index"/>, in time order; <paramref name="tally"/> is fed
    /// every one. Without <paramref name="detailed"/>, answered probes carry a fixed latency and no
    /// version: the same states, reasons, texts and instants (so the same intervals), for interval-only runs.
    /// </summary>
    public static IEnumerable<ProbeObservation> Probes(Guid nodeId, int index, bool detailed = true, UptimeTally? tally = null)
    {
        var behaviour = BehaviourOf(index);
        var minutes = (int)(YearEnd - YearStart).TotalMinutes;
        var plan = ArrayPool<byte>.Shared.Rent(minutes);
        var outageOf = ArrayPool<byte>.Shared.Rent(minutes);
        try
        {
            var random = new Random(SeedOf(index, 0x5BD1_E995));
            Plan(random, behaviour, plan.AsSpan(0, minutes), outageOf.AsSpan(0, minutes));
            var upgradeAt = behaviour.UpgradedMidYear ? minutes / 2 + random.Next(minutes / 8) : int.MaxValue;
            // Answered latencies draw from their own stream, so leaving them out keeps every other draw in place.
            var noise = new Random(SeedOf(index, 0x2545_F491));
            for (var minute = 0; minute < minutes; minute++)
            {
                var code = plan[minute];
                if (code == PlanSilent) continue;
                // Slots are claimed on the minute; the probe starts a little later, never at the same instant twice.
                var at = YearStart.AddTicks(minute * TimeSpan.TicksPerMinute + random.NextInt64(0, 250 * TimeSpan.TicksPerMillisecond));
                var uid = !detailed ? null : minute < upgradeAt ? ClassUid : UpgradedClassUid;
                var version = !detailed ? null : minute < upgradeAt ? "OFFIS_DCMTK_368" : "OFFIS_DCMTK_369";
                ProbeObservation probe;
                switch (code)
                {
                    case PlanDown:
                        var outage = Outages[outageOf[minute]];
                        probe = new ProbeObservation(nodeId, at, ProbeState.Down, outage.Reason, outage.Text,
                            outage.LatencyMs * (0.9 + 0.2 * random.NextDouble()));
                        break;
                    case PlanDegraded or PlanSlowSpike:
                        var slow = DegradedLatencyMs * (1.05 + Math.Exp(0.6 * Gaussian(random)));
                        probe = new ProbeObservation(nodeId, at, ProbeState.Degraded, ProbeReason.Slow,
                            string.Create(CultureInfo.InvariantCulture, $"answered in {slow:0.#} ms, above the {DegradedLatencyMs} ms threshold"),
                            slow, uid, version);
                        break;
                    default:
                        // Log-normal jitter around the node's typical latency, with the odd busy moment still under the threshold.
                        var latency = !detailed ? behaviour.TypicalLatencyMs
                            : behaviour.TypicalLatencyMs * Math.Exp(0.3 * Gaussian(noise)) * (noise.Next(50) == 0 ? 4 : 1);
                        probe = new ProbeObservation(nodeId, at, ProbeState.Up, ProbeReason.Ok, null,
                            Math.Min(latency, DegradedLatencyMs * 0.9), uid, version);
                        break;
                }
                tally?.Add(probe);
                yield return probe;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(plan);
            ArrayPool<byte>.Shared.Return(outageOf);
        }
    }

    /// <summary>
    /// Folds the node's year through the domain. <paramref name="intervalsOnly"/> skips rollups, raw
    /// samples, status and versions (the uptime benchmark reads intervals only).
    /// </summary>
    public static NodeYearEvidence Build(Guid nodeId, int index, bool intervalsOnly)
    {
        var behaviour = BehaviourOf(index);
        var year = new NodeYearEvidence(nodeId, behaviour);
        var tally = new UptimeTally(YearStart, IntervalSeconds);
        // What PruneRawSamplesJob leaves at the year's end: hours that end after now − retention.
        var rawKeptFrom = YearEnd.AddDays(-EvidenceConsts.DefaultRawRetentionDays);

        StateInterval? open = null;
        var tipHash = EvidenceConsts.GenesisHash;
        var tipSequence = 0L;
        DailyRollup? day = null;
        RawSampleBlock? block = null;
        ProbeObservation? last = null, lastAnswered = null;
        var versions = new List<VersionObservation>();

        foreach (var probe in Probes(nodeId, index, detailed: !intervalsOnly, tally))
        {
            year.Probes++;
            last = probe;
            var change = NodeEvidenceRecorder.Record(open, tipHash, tipSequence, IntervalSeconds, probe);
            year.Intervals.AddRange(change.Inserted);
            (open, tipHash, tipSequence) = (change.Open, change.LastSealedHash, change.LastSequence);
            if (intervalsOnly) continue;

            if (day is null || probe.At >= day.DayEnd)
                year.DailyRollups.Add(day = DailyRollup.StartFor(nodeId, probe.At));
            day.Add(probe);

            if (probe.At >= rawKeptFrom)
            {
                if (block is null || probe.At >= block.HourEnd)
                    year.RawBlocks.Add(block = RawSampleBlock.StartFor(nodeId, probe.At));
                block.Append(probe);
            }

            if (probe.ImplementationClassUid is not null)
            {
                lastAnswered = probe;
                var sighting = NodeVersionTracker.Record(versions, nodeId, VersionSource.Association,
                    new NodeVersion(probe.ImplementationClassUid, probe.ImplementationVersionName), probe.At, "C-ECHO association");
                if (sighting is { IsNewObservation: true, Observation: { } added }) versions.Add(added);
                if (sighting.Change is { } versionChange) year.VersionChanges.Add(versionChange);
            }
        }

        year.ExpectedTicks = tally.Finish(YearEnd);
        if (!intervalsOnly && last is not null)
        {
            // The row as the last claimed slot leaves it: the last probe, and the version of the last answer.
            year.Status = NodeProbeStatus.ClaimedFor(nodeId, new DateTime(last.At.Ticks - last.At.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc));
            if (lastAnswered is not null) year.Status.Observe(lastAnswered);
            year.Status.Observe(last);
            year.VersionObservations.AddRange(versions);
        }
        return year;
    }

    private static void Plan(Random random, NodeBehaviour behaviour, Span<byte> plan, Span<byte> outageOf)
    {
        plan.Fill(PlanUp);
        var minutes = plan.Length;
        var monthMinutes = minutes / 12;

        // Later paints win: a gap hides an outage, an outage a degraded episode.
        for (var month = 0; month < 12; month++)
            for (var i = random.Next(Math.Max(0, behaviour.DegradedEpisodesPerMonth - 1), behaviour.DegradedEpisodesPerMonth + 2); i > 0; i--)
                Paint(plan, month * monthMinutes + random.Next(monthMinutes), LogUniform(random, 5, 120), PlanDegraded);
        for (var i = 0; i < behaviour.SlowSpikesPerYear; i++)
            Paint(plan, random.Next(minutes), 1, PlanSlowSpike);
        for (var month = 0; month < 12; month++)
            for (var i = random.Next(Math.Max(0, behaviour.OutagesPerMonth - 1), behaviour.OutagesPerMonth + 2); i > 0; i--)
            {
                var start = month * monthMinutes + random.Next(monthMinutes);
                var length = LogUniform(random, 2, 240);
                var kind = random.NextDouble() switch { < 0.6 => 0, < 0.9 => 1, _ => 2 };
                Paint(plan, start, length, PlanDown);
                outageOf.Slice(start, Math.Min(length, minutes - start)).Fill((byte)kind);
            }
        // Never the first or last minute, so every node's chain starts and ends on a probe.
        for (var i = 0; i < behaviour.MonitoringGapsPerYear; i++)
            Paint(plan[1..^1], random.Next(minutes - 2), LogUniform(random, 10, 360), PlanSilent);
    }

    private static void Paint(Span<byte> plan, int start, int length, byte code)
        => plan.Slice(start, Math.Min(length, plan.Length - start)).Fill(code);

    /// <summary>Minutes between <paramref name="min"/> and <paramref name="max"/>, short ones far more often than long ones.</summary>
    private static int LogUniform(Random random, int min, int max)
        => (int)Math.Round(Math.Exp(Math.Log(min) + random.NextDouble() * (Math.Log(max) - Math.Log(min))));

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
