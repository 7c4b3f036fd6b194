using VendorManager.Evidence;

namespace VendorManager.Web.Pages.Status;

/// <summary>How each state looks everywhere in the UI, so a colour means the same thing on every page.</summary>
public static class StateStyle
{
    public static string BadgeClass(ProbeState state) => state switch
    {
        ProbeState.Up => "text-bg-success",
        ProbeState.Degraded => "text-bg-warning",
        ProbeState.Down => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    /// <summary>CSS class of a segment in a state strip (site.css).</summary>
    public static string StripClass(ProbeState state) => "strip-" + state.ToString().ToLowerInvariant();

    /// <summary>Unknown is said in full: it means nobody probed, not that the node was down.</summary>
    public static string Label(ProbeState state) => state == ProbeState.Unknown ? "Unknown (monitoring gap)" : state.ToString();

    /// <summary>The reason as a person reads it: the probe's own text when it gave one, else the reason's name.</summary>
    public static string Reason(ProbeReason reason, string? text)
        => !string.IsNullOrWhiteSpace(text) ? text : reason == ProbeReason.MonitoringGap ? "Monitoring gap: no probes" : reason.ToString();
}
