using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Identity;

namespace VendorManager.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn) : AppPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
