using Microsoft.AspNetCore.Mvc.Rendering;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Nodes;

/// <summary>What the create and edit pages share: the vendor choices and where domain errors land.</summary>
public abstract class NodeFormPage(IVendorAppService vendors) : AppPageModel
{
    protected async Task LoadVendorsAsync(CancellationToken ct)
    {
        var list = await vendors.GetListAsync(new GetVendorListInput { MaxResultCount = Common.PagedAndSortedInput.MaxPageSize }, ct);
        ViewData["Vendors"] = list.Items.Select(v => new SelectListItem(v.Name, v.Id.ToString())).ToList();
    }

    /// <summary>Domain fields ("Probe.IntervalSeconds") to the flat form names ("Input.IntervalSeconds").</summary>
    public static string MapField(string field) => "Input." + (field.StartsWith("Probe.", StringComparison.Ordinal) ? field["Probe.".Length..] : field);
}
