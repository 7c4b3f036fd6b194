using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>Records a renewal decision: a new term after the latest, to a given last day or for one renewal period.</summary>
[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class RenewModel(IContractAppService contracts) : ContractPageModel(contracts)
{
    [BindProperty]
    public RenewForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input.ConcurrencyStamp = Contract.ConcurrencyStamp;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        ContractDto? renewed = null;
        if (ModelState.IsValid && await TryAsync(async () => renewed = await ContractService.RenewAsync(Id,
                new RenewContractInput { End = Input.End, ConcurrencyStamp = Input.ConcurrencyStamp }, ct), MapField))
        {
            var term = renewed!.Terms[^1];
            TempData["Success"] = $"Renewed: a new term from {ContractText.Date(term.Start)} to {ContractText.Date(term.End)}.";
            return RedirectToPage("Details", new { id = Id });
        }
        return Page();
    }

    private static string MapField(string field) => field == nameof(RenewForm.End) ? "Input." + field : "";

    public sealed class RenewForm
    {
        /// <summary>Empty: one renewal period.</summary>
        public DateOnly? End { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }
}
