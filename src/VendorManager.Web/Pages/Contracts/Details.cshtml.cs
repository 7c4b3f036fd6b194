using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Auditing;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

[Authorize(VendorManagerPermissions.Contracts.Read)]
public sealed class DetailsModel(IContractAppService contracts, IAuthorizationService authorization) : AppPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public ContractDto Contract { get; private set; } = null!;
    public IReadOnlyList<EntityChangeDto> History { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Contract = await contracts.GetAsync(Id, ct);
            History = await contracts.GetHistoryAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        CanManage = (await authorization.AuthorizeAsync(User, VendorManagerPermissions.Contracts.Manage)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, VendorManagerPermissions.Contracts.Manage)).Succeeded) return Forbid();
        try
        {
            await contracts.DeleteAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        TempData["Success"] = "Contract deleted; it stays in the audit history.";
        return RedirectToPage("Index");
    }
}
