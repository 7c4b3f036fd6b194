using VendorManager.Evidence;

namespace VendorManager.Web.Pages.Status;

/// <summary>The counts at the top of the board.</summary>
public sealed record StatusSummary(int Total, int Up, int Degraded, int Down, int Unknown, int Disabled, int VersionMismatches)
{
    public static StatusSummary From(StatusBoardDto board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var nodes = board.Nodes;
        return new StatusSummary(nodes.Count,
            nodes.Count(n => n.State == ProbeState.Up),
            nodes.Count(n => n.State == ProbeState.Degraded),
            nodes.Count(n => n.State == ProbeState.Down),
            nodes.Count(n => n.State == ProbeState.Unknown),
            nodes.Count(n => !n.Enabled),
            nodes.Count(n => VersionCheck.IsMismatch(n.ExpectedVersion, n.ImplementationVersionName, n.ImplementationClassUid)));
    }

    public int Count(ProbeState state) => state switch
    {
        ProbeState.Up => Up,
        ProbeState.Degraded => Degraded,
        ProbeState.Down => Down,
        _ => Unknown,
    };
}
