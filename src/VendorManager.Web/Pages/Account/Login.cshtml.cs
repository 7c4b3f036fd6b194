using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Identity;

namespace VendorManager.Web.Pages.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LoginModel> logger) : AppPageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByNameAsync(Input.UserName);
        if (user is { IsActive: false })
        {
            ModelState.AddModelError("", "This account is disabled. Ask an administrator.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{UserName} signed in", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: the account is locked for 15 minutes."
            : "The user name or password is wrong.");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your user name.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
