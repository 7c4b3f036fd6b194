using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Evidence;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Status;

/// <summary>One node's evidence: its state now, a latency chart, the intervals of the chosen window and its versions.</summary>
[Authorize(VendorManagerPermissions.Nodes.Read)]
public sealed class NodeModel(INodeEvidenceAppService evidence, TimeProvider clock) : AppPageModel
{
    /// <summary>Longest intervals table the page prints; a flapping node over 30 days could otherwise make a page of megabytes.</summary>
    public const int MaxIntervalRows = 500;

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Hours { get; set; } = ChartWindow.All[0].Hours;

    public ChartWindow Window => ChartWindow.For(Hours);
    public NodeStatusDto Status { get; private set; } = null!;
    public NodeUptimeDto Uptime { get; private set; } = null!;
    public NodeVersionTimelineDto Versions { get; private set; } = null!;
    public ChainVerificationDto? Verification { get; private set; }
    /// <summary>When the figures were read; also makes the chart's address change on every refresh.</summary>
    public DateTime GeneratedAt { get; private set; }

    /// <summary>Newest first: the stretch that matters most is the current one.</summary>
    public IEnumerable<UptimeIntervalDto> IntervalRows => Enumerable.Reverse(Uptime.Intervals).Take(MaxIntervalRows);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The page with the result of checking the evidence chain from its first row.</summary>
    public async Task<IActionResult> OnGetVerifyAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Verification = await evidence.VerifyAsync(Id, ct);
        return Page();
    }

    /// <summary>Everything that changes while the page is open, for the page's script to swap in.</summary>
    public async Task<IActionResult> OnGetPanelAsync(CancellationToken ct) => await LoadAsync(ct) ? Partial("_NodePanel", this) : NotFound();

    /// <summary>The latency chart of the window as a PNG.</summary>
    public async Task<IActionResult> OnGetChartAsync(CancellationToken ct)
    {
        var to = clock.GetUtcNow().UtcDateTime;
        NodeHistoryDto history;
        try
        {
            history = await evidence.GetHistoryAsync(Id, to - Window.Length, to, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        // Evidence changes every probe and is behind a sign-in: no shared or stale copies.
        Response.Headers.CacheControl = "no-store";
        return File(LatencyChart.RenderPng(history, $"Latency, last {Window.Label} (UTC)"), "image/png");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        GeneratedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            Status = await evidence.GetStatusAsync(Id, ct);
            Uptime = await evidence.GetUptimeAsync(Id, GeneratedAt - Window.Length, GeneratedAt, ct);
            Versions = await evidence.GetVersionTimelineAsync(Id, ct);
            return true;
        }
        catch (EntityNotFoundException)
        {
            return false;
        }
    }
}
