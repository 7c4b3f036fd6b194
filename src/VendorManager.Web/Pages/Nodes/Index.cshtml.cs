using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Common;
using VendorManager.Nodes;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Nodes;

[Authorize(VendorManagerPermissions.Nodes.Read)]
public sealed class IndexModel(IDicomNodeAppService nodes) : AppPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true)] public NodeRole? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedResultDto<DicomNodeDto> Result { get; private set; } = new([], 0);
    public int PageCount => Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await nodes.GetListAsync(new GetDicomNodeListInput
        {
            Filter = Filter?.Length > DicomNodeConsts.MaxNameLength ? Filter[..DicomNodeConsts.MaxNameLength] : Filter,
            Role = Role,
            SkipCount = (PageNumber - 1) * PageSize,
            MaxResultCount = PageSize,
        }, ct);
    }
}
