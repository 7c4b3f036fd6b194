using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Nodes;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Nodes;

[Authorize(VendorManagerPermissions.Nodes.Edit)]
public sealed class EditModel(IDicomNodeAppService nodes, IVendorAppService vendors, IAuthorizationService authorization) : NodeFormPage(vendors)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UpdateDicomNodeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        DicomNodeDto node;
        try
        {
            node = await nodes.GetAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        Input = new UpdateDicomNodeInput
        {
            Name = node.Name, AeTitle = node.AeTitle, Host = node.Host, Port = node.Port, CallingAeTitle = node.CallingAeTitle,
            Role = node.Role, Site = node.Site, VendorId = node.VendorId, ExpectedVersion = node.ExpectedVersion,
            ProbeKind = node.Probe.Kind, IntervalSeconds = node.Probe.IntervalSeconds, DegradedLatencyMs = node.Probe.DegradedLatencyMs,
            DegradedWhenFindFails = node.Probe.DegradedWhenFindFails, Enabled = node.Enabled, ConcurrencyStamp = node.ConcurrencyStamp,
            VersionSourceKind = node.VersionSource.Kind, VersionSourceUrl = node.VersionSource.BaseUrl, VersionSourceUserName = node.VersionSource.UserName,
        };
        ViewData["HasVersionSourcePassword"] = node.VersionSource.HasPassword;
        await LoadVendorsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            if (ModelState.IsValid && await TryAsync(() => nodes.UpdateAsync(Id, Input, ct), MapField))
            {
                TempData["Success"] = $"Node {Input.Name} saved.";
                return RedirectToPage("Index");
            }
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        await LoadVendorsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, VendorManagerPermissions.Nodes.Delete)).Succeeded) return Forbid();
        try
        {
            await nodes.DeleteAsync(Id, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        TempData["Success"] = "Node deleted.";
        return RedirectToPage("Index");
    }
}
