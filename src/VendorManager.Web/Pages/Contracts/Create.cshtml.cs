using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VendorManager.Contracts;
using VendorManager.Nodes;
using VendorManager.Permissions;
using VendorManager.Users;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Contracts;

[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class CreateModel(
    IContractAppService contracts,
    IVendorAppService vendors,
    IUserAppService users,
    IDicomNodeAppService nodes,
    IOptions<ContractOptions> options) : AppPageModel
{
    [BindProperty]
    public ContractForm Input { get; set; } = new();

    public async Task OnGetAsync(Guid? vendorId, CancellationToken ct)
    {
        Input.VendorId = vendorId;
        Input.TimeZoneId = options.Value.DefaultTimeZone;
        // Whoever enters a contract usually answers for it; they can pick someone else.
        Input.OwnerId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) ? me : null;
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var leadDays = Input.ReadLeadDays(ModelState, "Input." + nameof(ContractForm.ReminderLeadDays));
        ContractDto? created = null;
        if (ModelState.IsValid
            && await TryAsync(async () => created = await contracts.CreateAsync(Input.ToCreateInput(leadDays), ct), ContractForm.FieldMap().Map))
        {
            TempData["Success"] = $"Contract {created!.Number} created.";
            return Input.DefineSlaNext ? RedirectToPage("Sla", new { id = created.Id }) : RedirectToPage("Details", new { id = created.Id });
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
        => ViewData[nameof(ContractFormChoices)] = new ContractFormChoices(
            await ChoiceLists.VendorsAsync(vendors, ct),
            VendorName: null,
            await ChoiceLists.OwnersAsync(users, null, ct),
            TimeZoneChoices.Options(Input.TimeZoneId),
            await ChoiceLists.NodesAsync(nodes, [], ct),
            options.Value.DefaultTimeZone);
}
