using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Nodes;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Nodes;

[Authorize(VendorManagerPermissions.Nodes.Create)]
public sealed class CreateModel(IDicomNodeAppService nodes, IVendorAppService vendors) : NodeFormPage(vendors)
{
    [BindProperty]
    public CreateDicomNodeInput Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadVendorsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DicomNodeDto? created = null;
        if (ModelState.IsValid && await TryAsync(async () => created = await nodes.CreateAsync(Input, ct), MapField))
        {
            TempData["Success"] = $"Node {created!.Name} created.";
            return RedirectToPage("Index");
        }
        await LoadVendorsAsync(ct);
        return Page();
    }
}
