using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class SlaModel(IContractAppService contracts) : ContractPageModel(contracts)
{
    [BindProperty]
    public SlaForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = Contract.Sla is { } sla ? SlaForm.From(sla, Contract.ConcurrencyStamp) : SlaForm.New();
        Input.ConcurrencyStamp = Contract.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var input = Input.ToInput(ModelState);
        if (input is not null && ModelState.IsValid && await TryAsync(() => ContractService.DefineSlaAsync(Id, input, ct), Input.FieldMap.Map))
        {
            TempData["Success"] = "SLA terms saved.";
            return RedirectToPage("Details", new { id = Id });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await TryAsync(() => ContractService.RemoveSlaAsync(Id, Input.ConcurrencyStamp, ct)))
        {
            TempData["Success"] = "SLA terms removed.";
            return RedirectToPage("Details", new { id = Id });
        }
        // The remove form posts only the stamp: show the terms as stored beside the message.
        Input = Contract.Sla is { } sla ? SlaForm.From(sla, Input.ConcurrencyStamp) : SlaForm.New();
        return Page();
    }
}
