using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.Application.Tests.Evidence;

/// <summary>Registers a node and records observations through the real writer, one unit of work per probe as the job does.</summary>
public abstract class EvidenceTestBase : ApplicationTestBase
{
    protected Task<DicomNodeDto> NewNodeAsync(string name = "Main archive", int port = 104, int intervalSeconds = 60)
        => WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = name, AeTitle = "ARCHIVE", Host = "127.0.0.1", Port = port, Role = NodeRole.Archive, IntervalSeconds = intervalSeconds,
        }));

    protected Task<RecordedProbe> RecordAsync(Guid nodeId, DateTime at, ProbeState state, double? latencyMs = 2.5,
        string? uid = "1.2.276.0.7230010.3.0.3.6.8", string? version = "OFFIS_DCMTK_368", ProbeReason? reason = null)
        => Services.InScopeAsync(async sp =>
        {
            var node = await sp.GetRequiredService<IDicomNodeRepository>().GetAsync(nodeId);
            var observation = new ProbeObservation(nodeId, at, state, reason ?? (state == ProbeState.Down ? ProbeReason.Refused : ProbeReason.Ok),
                state == ProbeState.Down ? "connection refused" : null, latencyMs, state == ProbeState.Down ? null : uid, state == ProbeState.Down ? null : version);
            return await sp.GetRequiredService<ProbeEvidenceWriter>().RecordAsync(node, observation, "test probe");
        });

    /// <summary>Records one probe every <paramref name="everySeconds"/> from <paramref name="start"/>, in the given states in turn.</summary>
    protected async Task<DateTime> RecordRunAsync(Guid nodeId, DateTime start, int everySeconds, params ProbeState[] states)
    {
        var at = start;
        foreach (var state in states)
        {
            await RecordAsync(nodeId, at, state);
            at = at.AddSeconds(everySeconds);
        }
        return at.AddSeconds(-everySeconds);
    }

    protected Task<T> EvidenceAsync<T>(Func<INodeEvidenceAppService, Task<T>> action) => WithAsync(action);

    protected static DateTime T(int hour, int minute = 0, int second = 0) => new(2026, 3, 2, hour, minute, second, DateTimeKind.Utc);
}
