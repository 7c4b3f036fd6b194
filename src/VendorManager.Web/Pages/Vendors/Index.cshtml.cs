using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Common;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Vendors;

[Authorize(VendorManagerPermissions.Vendors.Read)]
public sealed class IndexModel(IVendorAppService vendors) : AppPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true)] public VendorKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<VendorListItemDto> Result { get; private set; } = new([], 0);
    public int PageCount => Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await vendors.GetListAsync(new GetVendorListInput
        {
            Filter = Filter?.Length > VendorConsts.MaxNameLength ? Filter[..VendorConsts.MaxNameLength] : Filter,
            Kind = Kind,
            Sorting = Sort,
            SkipCount = (PageNumber - 1) * PageSize,
            MaxResultCount = PageSize,
        }, ct);
    }

    /// <summary>Clicking the column that is sorted ascending sorts it descending; any other column starts ascending.</summary>
    public string NextSort(string column) => string.Equals(Sort, column, StringComparison.OrdinalIgnoreCase) ? $"{column} desc" : column;

    public string Arrow(string column)
    {
        var current = string.IsNullOrEmpty(Sort) ? "name" : Sort;
        if (current.Equals(column, StringComparison.OrdinalIgnoreCase)) return "▲";
        return current.Equals($"{column} desc", StringComparison.OrdinalIgnoreCase) ? "▼" : "";
    }
}
