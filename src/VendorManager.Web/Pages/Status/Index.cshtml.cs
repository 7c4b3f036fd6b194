using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Evidence;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Status;

[Authorize(VendorManagerPermissions.Nodes.Read)]
public sealed class IndexModel(INodeEvidenceAppService evidence) : AppPageModel
{
    /// <summary>How often the open page fetches the board again.</summary>
    public const int RefreshSeconds = 15;

    public StatusBoardDto Board { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Board = await evidence.GetStatusBoardAsync(ct);

    /// <summary>The board alone, for the page's script to swap in without a reload (which would lose the scroll position).</summary>
    public async Task<IActionResult> OnGetBoardAsync(CancellationToken ct)
    {
        Board = await evidence.GetStatusBoardAsync(ct);
        return Partial("_Board", Board);
    }
}
