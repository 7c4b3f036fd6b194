using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VendorManager.Auditing;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Vendors;

[Authorize(VendorManagerPermissions.Vendors.Read)]
public sealed class DetailsModel(IVendorAppService vendors, UserManager<AppUser> users, IAuthorizationService authorization) : AppPageModel
{
    private Dictionary<Guid, string> _userNames = [];

    [FromRoute]
    public Guid Id { get; set; }

    public VendorDto Vendor { get; private set; } = null!;
    public IReadOnlyList<EntityChangeDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Vendor = await vendors.GetAsync(Id, ct);
            History = await vendors.GetHistoryAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        var ids = new[] { Vendor.CreatedBy, Vendor.ModifiedBy }.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        _userNames = await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, VendorManagerPermissions.Vendors.Delete)).Succeeded) return Forbid();
        try
        {
            await vendors.DeleteAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        catch (BusinessException ex)
        {
            // Still named by contracts or nodes: say which, on the page the person came from.
            TempData["Error"] = ex.Message;
            return RedirectToPage(new { id = Id });
        }
        TempData["Success"] = "Vendor deleted.";
        return RedirectToPage("Index");
    }

    public string UserName(Guid? id) => id is { } value && _userNames.TryGetValue(value, out var name) ? name : "system";
}
