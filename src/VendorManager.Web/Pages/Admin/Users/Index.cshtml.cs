using Microsoft.AspNetCore.Authorization;
using VendorManager.Permissions;
using VendorManager.Users;

namespace VendorManager.Web.Pages.Admin.Users;

[Authorize(VendorManagerPermissions.Users.Read)]
public sealed class IndexModel(IUserAppService users) : AppPageModel
{
    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.GetListAsync(ct);
}
