using System.Buffers.Binary;
using VendorManager.Entities;

namespace VendorManager.Evidence;

/// <summary>
/// One node's raw probe samples for one UTC hour, packed 8 bytes a sample, little-endian:
/// uint16 second within the hour, byte <see cref="ProbeState"/>, byte <see cref="ProbeReason"/>,
/// uint32 latency in 10 µs units (saturating at 0xFFFFFFFE, 0xFFFFFFFF = no latency).
/// At a 60 s interval an hour is 480 bytes, so 35 days of raw samples are about 400 KB a node,
/// against tens of MB for a row per probe. Blocks are pruned whole after the retention period.
/// </summary>
public class RawSampleBlock : Entity<Guid>
{
    private const uint NoLatency = 0xFFFF_FFFF;

    public Guid NodeId { get; private set; }
    public DateTime HourStart { get; private set; }
    public int SampleCount { get; private set; }
    public byte[] Data { get; private set; } = [];

    public DateTime HourEnd => HourStart.AddHours(1);

    private RawSampleBlock() { }

    private RawSampleBlock(Guid nodeId, DateTime hourStart) : base(EvidenceInstant.NewId(hourStart))
    {
        NodeId = nodeId;
        HourStart = hourStart;
    }

    /// <summary>An empty block for the UTC hour starting at <paramref name="hourStart"/>.</summary>
    public static RawSampleBlock Start(Guid nodeId, DateTime hourStart)
    {
        if (nodeId == Guid.Empty)
            throw new BusinessException(EvidenceErrorCodes.NodeIdRequired, "A raw sample block must name its node.", nameof(NodeId));
        EvidenceInstant.RequireUtc(hourStart, nameof(HourStart));
        if (hourStart.Ticks % TimeSpan.TicksPerHour != 0)
            throw new BusinessException(EvidenceErrorCodes.BucketNotAligned, "A raw sample block starts on the UTC hour.", nameof(HourStart));
        return new RawSampleBlock(nodeId, hourStart);
    }

    /// <summary>An empty block for the UTC hour that contains <paramref name="at"/>.</summary>
    public static RawSampleBlock StartFor(Guid nodeId, DateTime at)
    {
        EvidenceInstant.RequireUtc(at, nameof(at));
        return Start(nodeId, new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerHour, DateTimeKind.Utc));
    }

    /// <summary>
    /// Adds the probe in time order. A late result (a slow probe finishing after a newer one) is
    /// still a real sample, so it is slotted into place rather than refused or appended out of order.
    /// </summary>
    public void Append(ProbeObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.NodeId != NodeId)
            throw new BusinessException(EvidenceErrorCodes.NodeMismatch, "The observation is for another node than the block.", nameof(NodeId));
        if (observation.At < HourStart || observation.At >= HourEnd)
            throw new BusinessException(EvidenceErrorCodes.ObservationOutsideBucket,
                $"A probe at {observation.At:O} is outside the hour starting {HourStart:O}.", "At", BusinessErrorKind.Rule);

        var second = (ushort)((observation.At - HourStart).Ticks / TimeSpan.TicksPerSecond);
        var slot = SampleCount;
        while (slot > 0 && SecondAt(slot - 1) > second)
            slot--;

        var size = EvidenceConsts.RawSampleSize;
        var data = new byte[Data.Length + size];
        Data.AsSpan(0, slot * size).CopyTo(data);
        Data.AsSpan(slot * size).CopyTo(data.AsSpan((slot + 1) * size));
        Encode(data.AsSpan(slot * size, size), second, observation);
        // A new array rather than an edit in place, so change tracking sees the new value.
        Data = data;
        SampleCount++;
    }

    public IReadOnlyList<RawSample> Samples()
    {
        var size = EvidenceConsts.RawSampleSize;
        if (Data.Length != SampleCount * size)
            throw Invalid($"{Data.Length} bytes do not hold {SampleCount} samples");
        var samples = new RawSample[SampleCount];
        for (var i = 0; i < SampleCount; i++)
        {
            var sample = Data.AsSpan(i * size, size);
            var second = BinaryPrimitives.ReadUInt16LittleEndian(sample);
            var state = (ProbeState)sample[2];
            var reason = (ProbeReason)sample[3];
            var units = BinaryPrimitives.ReadUInt32LittleEndian(sample[4..]);
            if (second >= 3600 || state is not (ProbeState.Up or ProbeState.Degraded or ProbeState.Down) || !Enum.IsDefined(reason))
                throw Invalid($"sample {i + 1} is malformed");
            samples[i] = new RawSample(HourStart.AddSeconds(second), state, reason, units == NoLatency ? null : LatencyUnits.ToMs(units));
        }
        return samples;
    }

    private ushort SecondAt(int index) => BinaryPrimitives.ReadUInt16LittleEndian(Data.AsSpan(index * EvidenceConsts.RawSampleSize));

    private static void Encode(Span<byte> target, ushort second, ProbeObservation observation)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(target, second);
        target[2] = (byte)observation.State;
        target[3] = (byte)observation.Reason;
        BinaryPrimitives.WriteUInt32LittleEndian(target[4..], LatencyUnitsOf(observation.LatencyMs));
    }

    private static uint LatencyUnitsOf(double? latencyMs) => latencyMs is { } ms ? LatencyUnits.FromMs(ms) : NoLatency;

    private BusinessException Invalid(string why)
        => new(EvidenceErrorCodes.RawBlockDataInvalid, $"The raw samples for the hour starting {HourStart:O} cannot be read: {why}.",
            kind: BusinessErrorKind.Rule);
}
