using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using VendorManager.Contracts;
using VendorManager.Nodes;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>Which DICOM nodes the contract covers: the whole set is replaced with what is selected.</summary>
[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class NodesModel(IContractAppService contracts, IDicomNodeAppService nodes) : ContractPageModel(contracts)
{
    [BindProperty]
    public NodesForm Input { get; set; } = new();

    public List<SelectListItem> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = new NodesForm { CoveredNodeIds = Contract.CoveredNodes.Select(n => n.Id).ToList(), ConcurrencyStamp = Contract.ConcurrencyStamp };
        Choices = await ChoiceLists.NodesAsync(nodes, Contract.CoveredNodes, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (ModelState.IsValid && await TryAsync(() => ContractService.SetCoveredNodesAsync(Id,
                new SetCoveredNodesInput { CoveredNodeIds = Input.CoveredNodeIds, ConcurrencyStamp = Input.ConcurrencyStamp }, ct), MapField))
        {
            TempData["Success"] = $"Covered nodes saved ({Input.CoveredNodeIds.Count}).";
            return RedirectToPage("Details", new { id = Id });
        }
        Choices = await ChoiceLists.NodesAsync(nodes, Contract.CoveredNodes, ct);
        return Page();
    }

    private static string MapField(string field) => field is "CoveredNodeIds" or "CoveredNodes" ? "Input.CoveredNodeIds" : "";

    public sealed class NodesForm
    {
        public List<Guid> CoveredNodeIds { get; set; } = [];
        public string? ConcurrencyStamp { get; set; }
    }
}
