using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Web.Pages.Admin.Users;

[Authorize(VendorManagerPermissions.Users.Manage)]
public sealed class EditModel(IUserAppService users) : AppPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateUserInput Input { get; set; } = new();

    [BindProperty]
    public ResetPasswordInput NewPassword { get; set; } = new();

    public string UserName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await LoadAsync(ct);
        if (user is null) return NotFound();
        Input = FormFor(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is null) return NotFound();
        ModelState.Remove("NewPassword.NewPassword");
        if (ModelState.IsValid && await TryAsync(() => users.UpdateAsync(Id, Input, ct)))
        {
            TempData["Success"] = $"User {UserName} saved.";
            return RedirectToPage("Index");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var user = await LoadAsync(ct);
        if (user is null) return NotFound();
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid && await TryAsync(() => users.ResetPasswordAsync(Id, NewPassword, ct), f => "NewPassword." + f))
        {
            TempData["Success"] = $"Password of {UserName} changed.";
            return RedirectToPage("Index");
        }
        Input = FormFor(user);
        return Page();
    }

    private static UpdateUserInput FormFor(UserDto user) => new()
    {
        Email = user.Email ?? "", DisplayName = user.DisplayName, IsActive = user.IsActive,
        Roles = user.Roles.ToList(), ConcurrencyStamp = user.ConcurrencyStamp,
    };

    private async Task<UserDto?> LoadAsync(CancellationToken ct)
    {
        try
        {
            var user = await users.GetAsync(Id, ct);
            UserName = user.UserName;
            return user;
        }
        catch (EntityNotFoundException)
        {
            return null;
        }
    }
}
