using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Vendors;

[Authorize(VendorManagerPermissions.Vendors.Edit)]
public sealed class EditModel(IVendorAppService vendors) : AppPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public VendorForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Input = VendorForm.From(await vendors.GetAsync(Id, ct));
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        Input.Contacts.Add(new VendorForm.ContactRow());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Input.To<UpdateVendorInput>();
        input.ConcurrencyStamp = Input.ConcurrencyStamp ?? "";
        try
        {
            if (ModelState.IsValid && await TryAsync(() => vendors.UpdateAsync(Id, input, ct), VendorForm.MapField))
            {
                TempData["Success"] = "Vendor saved.";
                return RedirectToPage("Details", new { id = Id });
            }
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        return Page();
    }
}
