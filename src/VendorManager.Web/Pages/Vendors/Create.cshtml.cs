using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Vendors;

[Authorize(VendorManagerPermissions.Vendors.Create)]
public sealed class CreateModel(IVendorAppService vendors) : AppPageModel
{
    [BindProperty]
    public VendorForm Input { get; set; } = new();

    public void OnGet() => Input.Contacts.Add(new VendorForm.ContactRow());

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        VendorDto? created = null;
        if (ModelState.IsValid && await TryAsync(async () => created = await vendors.CreateAsync(Input.To<CreateVendorInput>(), ct), VendorForm.MapField))
        {
            TempData["Success"] = $"Vendor {created!.Name} created.";
            return RedirectToPage("Details", new { id = created.Id });
        }
        if (Input.Contacts.Count == 0) Input.Contacts.Add(new VendorForm.ContactRow());
        return Page();
    }
}
