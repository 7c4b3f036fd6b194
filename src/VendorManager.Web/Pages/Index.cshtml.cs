using Microsoft.AspNetCore.Authorization;
using VendorManager.Permissions;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages;

public sealed class IndexModel(IVendorAppService vendors, IAuthorizationService authorization) : AppPageModel
{
    public int? VendorCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if ((await authorization.AuthorizeAsync(User, VendorManagerPermissions.Vendors.Read)).Succeeded)
            VendorCount = (await vendors.GetListAsync(new GetVendorListInput { MaxResultCount = 1 }, ct)).TotalCount;
    }
}
