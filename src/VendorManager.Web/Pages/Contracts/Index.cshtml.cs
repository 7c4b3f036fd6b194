using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using VendorManager.Common;
using VendorManager.Contracts;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Contracts;

[Authorize(VendorManagerPermissions.Contracts.Read)]
public sealed class IndexModel(IContractAppService contracts, IVendorAppService vendors, TimeProvider clock) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? VendorId { get; set; }
    [BindProperty(SupportsGet = true)] public ContractStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ContractKind? Kind { get; set; }
    /// <summary>Only contracts whose next notice deadline is at most this many days away, in each contract's zone.</summary>
    [BindProperty(SupportsGet = true)] public int? Within { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<ContractListItemDto> Result { get; private set; } = new([], 0);
    public List<SelectListItem> Vendors { get; private set; } = [];
    public int PageCount => Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    private readonly Dictionary<string, DateOnly> _todayByZone = new(StringComparer.Ordinal);
    private Instant? _now;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (Within is { } within) Within = Math.Clamp(within, 0, ContractConsts.MaxReminderLeadDays);
        Result = await contracts.GetListAsync(new GetContractListInput
        {
            Filter = Filter?.Length > ContractConsts.MaxTitleLength ? Filter[..ContractConsts.MaxTitleLength] : Filter,
            VendorId = VendorId,
            Status = Status,
            Kind = Kind,
            NoticeDeadlineWithinDays = Within,
            Sorting = Sort,
            SkipCount = (PageNumber - 1) * PageSize,
            MaxResultCount = PageSize,
        }, ct);
        Vendors = await ChoiceLists.VendorsAsync(vendors, ct);
    }

    /// <summary>Today in a contract's zone: a row's "days left" counts whole days there, as its deadline does.</summary>
    public DateOnly TodayIn(string zoneId)
    {
        if (_todayByZone.TryGetValue(zoneId, out var today)) return today;
        _now ??= Instant.FromDateTimeOffset(clock.GetUtcNow());
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        return _todayByZone[zoneId] = _now.Value.InZone(zone).Date.ToDateOnly();
    }

    /// <summary>The query of this list with one value changed, for sort links and paging.</summary>
    public RouteValueDictionary Route(string? sort = null, int? page = null) => new()
    {
        ["filter"] = Filter,
        ["vendorId"] = VendorId?.ToString(),
        ["status"] = Status?.ToString(),
        ["kind"] = Kind?.ToString(),
        ["within"] = Within?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sort"] = sort ?? Sort,
        ["p"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Clicking the column that is sorted ascending sorts it descending; any other column starts ascending.</summary>
    public string NextSort(string column) => string.Equals(Sort, column, StringComparison.OrdinalIgnoreCase) ? $"{column} desc" : column;

    /// <summary>The sort direction of a column as words too, for screen readers.</summary>
    public (string Arrow, string? Aria) SortState(string column)
    {
        var current = string.IsNullOrEmpty(Sort) ? "number" : Sort;
        if (current.Equals(column, StringComparison.OrdinalIgnoreCase)) return ("▲", "ascending");
        return current.Equals($"{column} desc", StringComparison.OrdinalIgnoreCase) ? ("▼", "descending") : ("", null);
    }
}
