namespace VendorManager.Web.Pages.Account;

public sealed class AccessDeniedModel : AppPageModel
{
    public void OnGet() { }
}
