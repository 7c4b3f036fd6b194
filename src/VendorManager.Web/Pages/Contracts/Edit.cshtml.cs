using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VendorManager.Contracts;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Web.Pages.Contracts;

[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class EditModel(IContractAppService contracts, IUserAppService users, IOptions<ContractOptions> options) : ContractPageModel(contracts)
{
    [BindProperty]
    public ContractForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = ContractForm.From(Contract);
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var leadDays = Input.ReadLeadDays(ModelState, "Input." + nameof(ContractForm.ReminderLeadDays));
        var map = ContractForm.FieldMap().Map;
        ContractDto? saved = null;
        if (ModelState.IsValid && await TryAsync(async () => saved = await ContractService.UpdateAsync(Id, Input.ToUpdateInput(), ct), map))
        {
            if (leadDays is null || leadDays.OrderDescending().SequenceEqual(saved!.ReminderLeadDays.OrderDescending())
                || await TryAsync(() => ContractService.SetReminderLeadDaysAsync(Id,
                    new SetReminderLeadDaysInput { ReminderLeadDays = leadDays, ConcurrencyStamp = saved.ConcurrencyStamp }, ct), map))
            {
                TempData["Success"] = $"Contract {saved!.Number} saved.";
                return RedirectToPage("Details", new { id = Id });
            }
            // The rest is saved: the form now edits that version, so its next post is no conflict.
            ModelState.AddModelError("", "The contract was saved except its reminder lead times; correct them and save again.");
            ModelState.Remove("Input." + nameof(ContractForm.ConcurrencyStamp));
            Input.ConcurrencyStamp = saved.ConcurrencyStamp;
            Contract = saved;
        }
        await LoadChoicesAsync(ct);
        return Page();
    }


    private async Task LoadChoicesAsync(CancellationToken ct)
        => ViewData[nameof(ContractFormChoices)] = new ContractFormChoices(
            [],
            Contract.VendorName ?? Contract.VendorId.ToString(),
            await ChoiceLists.OwnersAsync(users, Contract.Owner, ct),
            TimeZoneChoices.Options(Input.TimeZoneId),
            Nodes: null,
            options.Value.DefaultTimeZone);
}
