using System.Net;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>Every page for every role: granted pages render, refused ones send to Access denied, anonymous visitors to the login page.</summary>
public sealed class PagePermissionTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    public static readonly Dictionary<string, string?> Pages = new()
    {
        ["/"] = null,
        ["/Vendors"] = VendorManagerPermissions.Vendors.Read,
        ["/Vendors/Details/{id}"] = VendorManagerPermissions.Vendors.Read,
        ["/Vendors/Create"] = VendorManagerPermissions.Vendors.Create,
        ["/Vendors/Edit/{id}"] = VendorManagerPermissions.Vendors.Edit,
        ["/Contracts"] = VendorManagerPermissions.Contracts.Read,
        ["/Contracts?status=InNoticePeriod&within=60&sort=vendor%20desc"] = VendorManagerPermissions.Contracts.Read,
        ["/Contracts/{id}"] = VendorManagerPermissions.Contracts.Read,
        ["/Contracts/Create"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Edit"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Sla"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Renew"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Terminate"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Nodes"] = VendorManagerPermissions.Contracts.Manage,
        ["/Contracts/{id}/Documents?handler=Download&documentId={documentId}"] = VendorManagerPermissions.Contracts.Read,
        ["/Nodes"] = VendorManagerPermissions.Nodes.Read,
        ["/Nodes/Create"] = VendorManagerPermissions.Nodes.Create,
        ["/Nodes/Edit/{id}"] = VendorManagerPermissions.Nodes.Edit,
        ["/Nodes/Import"] = VendorManagerPermissions.Nodes.Import,
        ["/Nodes/{id}/Status"] = VendorManagerPermissions.Nodes.Read,
        ["/Nodes/{id}/Status?handler=Panel&hours=168"] = VendorManagerPermissions.Nodes.Read,
        ["/Nodes/{id}/Status?handler=Chart&hours=24"] = VendorManagerPermissions.Nodes.Read,
        ["/Nodes/{id}/Status?handler=Verify"] = VendorManagerPermissions.Nodes.Read,
        ["/Status"] = VendorManagerPermissions.Nodes.Read,
        ["/Status?handler=Board"] = VendorManagerPermissions.Nodes.Read,
        ["/Admin/Users"] = VendorManagerPermissions.Users.Read,
        ["/Admin/Users/Create"] = VendorManagerPermissions.Users.Manage,
        ["/Admin/Users/Edit/{id}"] = VendorManagerPermissions.Users.Manage,
        ["/Account/ApiTokens"] = null,
        ["/Calendar"] = VendorManagerPermissions.Contracts.Read,
        ["/Calendar?months=3&kind=End"] = VendorManagerPermissions.Contracts.Read,
        ["/hangfire"] = VendorManagerPermissions.BackgroundJobs.Dashboard,
    };

    public static TheoryData<string, string> Cases() => RoleMatrix.Cases(Pages.Keys);

    private async Task<Guid> IdForAsync(string page)
        => page.StartsWith("/Admin", StringComparison.Ordinal) ? (await fixture.NewUserAsync()).Id
            : page.StartsWith("/Nodes", StringComparison.Ordinal) ? (await fixture.NewNodeAsync()).Id
            : page.StartsWith("/Contracts", StringComparison.Ordinal) ? (await fixture.NewContractAsync()).Id
            : (await fixture.NewVendorAsync()).Id;

    private async Task<string> DocumentUrlAsync(string page)
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        return page.Replace("{id}", contractId.ToString(), StringComparison.Ordinal).Replace("{documentId}", document.Id.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Render_Or_Refuse_Each_Page_By_Role(string page, string role)
    {
        var anonymous = role == RoleMatrix.Anonymous;
        var permission = Pages[page];
        var url = page.Contains("{documentId}", StringComparison.Ordinal) ? await DocumentUrlAsync(page)
            : page.Contains("{id}", StringComparison.Ordinal) ? page.Replace("{id}", (await IdForAsync(page)).ToString(), StringComparison.Ordinal)
            : page;

        using var response = await fixture.PageClient(anonymous ? null : role).GetAsync(url);

        if (anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
        else if (permission is null || RolePermissionGrants.IsGranted([role], permission))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        }
    }
}
