using Microsoft.AspNetCore.Mvc.Rendering;
using VendorManager.Common;
using VendorManager.Contracts;
using VendorManager.Nodes;
using VendorManager.Users;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>The options of the contract forms' selects, read through the application services a page at a time.</summary>
public static class ChoiceLists
{
    private const int Page = PagedAndSortedInput.MaxPageSize;

    public static async Task<List<SelectListItem>> VendorsAsync(IVendorAppService vendors, CancellationToken ct)
    {
        var items = new List<SelectListItem>();
        for (var skip = 0; ; skip += Page)
        {
            var page = await vendors.GetListAsync(new GetVendorListInput { Sorting = "name", SkipCount = skip, MaxResultCount = Page }, ct);
            items.AddRange(page.Items.Select(v => new SelectListItem(v.Name, v.Id.ToString())));
            if (page.Items.Count < Page || items.Count >= page.TotalCount) return items;
        }
    }

    /// <summary>Active users, and the current owner even when disabled so an edit shows (and keeps) who it is.</summary>
    public static async Task<List<SelectListItem>> OwnersAsync(IUserAppService users, ContractOwnerDto? current, CancellationToken ct)
    {
        var items = (await users.GetListAsync(ct))
            .Where(u => u.IsActive || u.Id == current?.Id)
            .Select(u => new SelectListItem(Label(u.DisplayName, u.UserName) + (u.IsActive ? "" : " (disabled)"), u.Id.ToString()))
            .ToList();
        if (current is not null && !items.Exists(i => i.Value == current.Id.ToString()))
            items.Insert(0, new SelectListItem(Label(current.DisplayName, current.UserName ?? current.Id.ToString()) + " (disabled)", current.Id.ToString()));
        return items;
    }

    /// <summary>Every node by name, and covered nodes deleted since, so leaving them selected keeps them covered.</summary>
    public static async Task<List<SelectListItem>> NodesAsync(IDicomNodeAppService nodes, IReadOnlyList<CoveredNodeDto> covered, CancellationToken ct)
    {
        var items = new List<SelectListItem>();
        for (var skip = 0; ; skip += Page)
        {
            var page = await nodes.GetListAsync(new GetDicomNodeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = Page }, ct);
            items.AddRange(page.Items.Select(n => new SelectListItem($"{n.Name} ({n.AeTitle} at {n.Host}:{n.Port})", n.Id.ToString())));
            if (page.Items.Count < Page || items.Count >= page.TotalCount) break;
        }
        foreach (var gone in covered.Where(c => !items.Exists(i => i.Value == c.Id.ToString())))
            items.Add(new SelectListItem($"{gone.Name} ({gone.Id})", gone.Id.ToString()));
        return items;
    }

    public static string Label(string? displayName, string userName)
        => string.IsNullOrWhiteSpace(displayName) ? userName : $"{displayName} ({userName})";
}
