using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>Records a termination: its last day and why. Confirmed on the form itself, so it works without script.</summary>
[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class TerminateModel(IContractAppService contracts) : ContractPageModel(contracts)
{
    [BindProperty]
    public TerminateForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        // Notice given now usually takes effect at the current term's end.
        Input.EffectiveOn = Contract.Deadlines.CurrentTerm.End;
        Input.ConcurrencyStamp = Contract.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!Input.Confirmed)
            ModelState.AddModelError("Input." + nameof(TerminateForm.Confirmed), "Tick the box to confirm the termination.");
        if (ModelState.IsValid && await TryAsync(() => ContractService.TerminateAsync(Id,
                new TerminateContractInput { EffectiveOn = Input.EffectiveOn, Reason = Input.Reason, ConcurrencyStamp = Input.ConcurrencyStamp }, ct), MapField))
        {
            TempData["Success"] = $"Contract terminated; its last day is {ContractText.Date(Input.EffectiveOn)}.";
            return RedirectToPage("Details", new { id = Id });
        }
        return Page();
    }

    private static string MapField(string field) => field is nameof(TerminateForm.EffectiveOn) or nameof(TerminateForm.Reason) ? "Input." + field : "";

    public sealed class TerminateForm
    {
        /// <summary>The last day the contract covers.</summary>
        public DateOnly? EffectiveOn { get; set; }

        [StringLength(ContractConsts.MaxTerminationReasonLength)]
        public string? Reason { get; set; }

        public bool Confirmed { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }
}
