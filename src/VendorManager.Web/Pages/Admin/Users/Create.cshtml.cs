using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Web.Pages.Admin.Users;

[Authorize(VendorManagerPermissions.Users.Manage)]
public sealed class CreateModel(IUserAppService users) : AppPageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && await TryAsync(() => users.CreateAsync(Input, ct)))
        {
            TempData["Success"] = $"User {Input.UserName} created.";
            return RedirectToPage("Index");
        }
        return Page();
    }
}
