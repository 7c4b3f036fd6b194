using Microsoft.AspNetCore.Mvc;
using VendorManager.ApiTokens;

namespace VendorManager.Web.Pages.Account;

public sealed class ApiTokensModel(IApiTokenAppService tokens) : AppPageModel
{
    [BindProperty]
    public IssueApiTokenInput Input { get; set; } = new();

    public IReadOnlyList<ApiTokenDto> Tokens { get; private set; } = [];
    public IssuedApiTokenDto? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.GetMyTokensAsync(ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
            await TryAsync(async () => Issued = await tokens.IssueAsync(Input, ct));
        Tokens = await tokens.GetMyTokensAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await tokens.RevokeAsync(id, ct);
        TempData["Success"] = "Token revoked.";
        return RedirectToPage();
    }
}
