using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Evidence;
using VendorManager.Permissions;

namespace VendorManager.Controllers;

/// <summary>
/// Probe evidence of the nodes: uptime, chain verification, status, history and versions. Instants
/// are ISO 8601 with an offset (e.g. 2026-11-01T00:00:00Z); answers are in UTC.
/// </summary>
[ApiController]
[Route("api")]
[Authorize(VendorManagerPermissions.Nodes.Read)]
public sealed class NodeEvidenceController(INodeEvidenceAppService evidence) : ControllerBase
{
    /// <summary>Up, degraded, down and unknown (monitoring gap) seconds in [from, to) and the intervals behind them.</summary>
    [HttpGet("nodes/{id:guid}/uptime")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<NodeUptimeDto> GetUptime(Guid id, [FromQuery, Required] DateTimeOffset? from, [FromQuery, Required] DateTimeOffset? to,
        CancellationToken ct)
        => evidence.GetUptimeAsync(id, from!.Value.UtcDateTime, to!.Value.UtcDateTime, ct);

    /// <summary>Checks the node's hash-chained evidence and names the first row that does not match.</summary>
    [HttpGet("nodes/{id:guid}/evidence/verify")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ChainVerificationDto> Verify(Guid id, CancellationToken ct) => evidence.VerifyAsync(id, ct);

    [HttpGet("nodes/{id:guid}/status")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<NodeStatusDto> GetStatus(Guid id, CancellationToken ct) => evidence.GetStatusAsync(id, ct);

    /// <summary>Raw samples (while retained), hourly rollups and intervals for charts.</summary>
    [HttpGet("nodes/{id:guid}/history")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<NodeHistoryDto> GetHistory(Guid id, [FromQuery, Required] DateTimeOffset? from, [FromQuery, Required] DateTimeOffset? to,
        CancellationToken ct)
        => evidence.GetHistoryAsync(id, from!.Value.UtcDateTime, to!.Value.UtcDateTime, ct);

    [HttpGet("nodes/{id:guid}/versions")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<NodeVersionTimelineDto> GetVersions(Guid id, CancellationToken ct) => evidence.GetVersionTimelineAsync(id, ct);

    /// <summary>Every node with its state, since when, last latency and version, and its last 24 hours.</summary>
    [HttpGet("status")]
    public Task<StatusBoardDto> GetStatusBoard(CancellationToken ct) => evidence.GetStatusBoardAsync(ct);

    /// <summary>Recent version changes of all nodes, newest first.</summary>
    [HttpGet("version-changes")]
    public Task<IReadOnlyList<VersionChangeDto>> GetVersionChanges([FromQuery, Range(1, 1000)] int take = 100, CancellationToken ct = default)
        => evidence.ListVersionChangesAsync(take, ct);
}
