using Microsoft.Extensions.Options;
using VendorManager.Dicom;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.Probing;

/// <summary>One probe of one node over DICOM: C-ECHO, and the deep C-FIND when the node asks for it.</summary>
public sealed class NodeProber(TimeProvider clock, IOptions<ProbingOptions> options)
{
    private readonly DicomClient client = new(clock);

    public async Task<ProbeResult> ProbeAsync(DicomNode node, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        var settings = options.Value;
        var at = clock.GetUtcNow().UtcDateTime;
        // Never longer than the interval: a dead node must not hold its worker into its next slot.
        var deadline = TimeSpan.FromSeconds(Math.Min(settings.MaxProbeSeconds, Math.Max(1, node.Probe.IntervalSeconds - 1)));
        var association = new DicomAssociationOptions
        {
            Host = node.Host,
            Port = node.Port,
            CalledAe = node.AeTitle,
            CallingAe = node.CallingAeTitle,
            ConnectTimeout = TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds),
            AssociationTimeout = TimeSpan.FromSeconds(settings.AssociationTimeoutSeconds),
            DimseTimeout = TimeSpan.FromSeconds(settings.DimseTimeoutSeconds),
            Deadline = deadline,
        };

        var echo = await client.EchoAsync(association, ct);
        FindResult? find = null;
        if (echo.IsSuccess && node.Probe.Kind == ProbeKind.EchoAndFind)
        {
            var left = deadline - echo.Timings.Total;
            if (left > TimeSpan.Zero)
                find = await client.FindStudiesAsync(association with { Deadline = left }, StudyQuery.DeepProbe(), cancelAfter: 1, ct);
        }

        var observation = ProbeOutcomeMapper.ToObservation(node.Id, at, node.Probe, echo, find);
        return new ProbeResult(observation, echo, find, $"{node.Host}:{node.Port}");
    }
}
