using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Controllers;
using VendorManager.Nodes;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Nodes;

[Authorize(VendorManagerPermissions.Nodes.Import)]
[RequestSizeLimit(NodesController.MaxImportBytes)]
public sealed class ImportModel(IDicomNodeAppService nodes) : AppPageModel
{
    [BindProperty, Required(ErrorMessage = "Choose a CSV file.")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    public NodeImportReportDto? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        await using var stream = Upload!.OpenReadStream();
        await TryAsync(async () => Report = await nodes.ImportCsvAsync(stream, DryRun, ct), f => f);
        return Page();
    }
}
