using System.Net;
using VendorManager.Identity;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>Administrators manage accounts and roles in the UI; the new account can sign in with exactly those roles.</summary>
public sealed class UserPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private HttpClient Admin => fixture.PageClient(VendorManagerRoles.Administrator);

    [Fact]
    public async Task An_Administrator_Should_Create_A_User_With_Roles_Who_Can_Then_Sign_In()
    {
        var userName = "buyer" + Guid.NewGuid().ToString("N")[..6];
        var response = await AntiforgeryForm.PostAsync(Admin, "/Admin/Users/Create",
        [
            new("Input.UserName", userName),
            new("Input.Email", $"{userName}@hospital.example.org"),
            new("Input.Password", "a long procurement passphrase"),
            new("Input.Roles", VendorManagerRoles.Procurement),
            new("Input.Roles", VendorManagerRoles.Auditor),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Auditor, Procurement", await Admin.GetStringAsync("/Admin/Users"));

        var (client, _) = await CookieSignIn.SignInAsync(fixture.Factory, userName, "a long procurement passphrase");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Vendors")).StatusCode);
        var refused = await client.GetAsync("/Vendors/Create");
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Should_Show_A_Too_Short_Password_Inline()
    {
        var response = await AntiforgeryForm.PostAsync(Admin, "/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "short" + Guid.NewGuid().ToString("N")[..6],
            ["Input.Email"] = "short@hospital.example.org",
            ["Input.Password"] = "short",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("minimum length of 12", await response.Content.ReadAsStringAsync());
    }
}
