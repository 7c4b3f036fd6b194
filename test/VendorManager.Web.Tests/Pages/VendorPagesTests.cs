using System.Net;
using VendorManager.Identity;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The forms as a browser posts them: inline messages, the conflict warning, nothing lost.</summary>
public sealed class VendorPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private HttpClient Admin => fixture.PageClient(VendorManagerRoles.Administrator);

    private Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields) => AntiforgeryForm.PostAsync(Admin, url, fields);

    [Fact]
    public async Task Should_Show_Inline_Messages_And_Keep_What_Was_Typed()
    {
        var response = await PostFormAsync("/Vendors/Create", new()
        {
            ["Input.Name"] = "Typed " + Guid.NewGuid().ToString("N")[..6],
            ["Input.Website"] = "ftp://nope.example.com",
            ["Input.Contacts[0].Name"] = "Kept Contact",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one kind of vendor", html);
        Assert.Contains("Kept Contact", html);
    }

    [Fact]
    public async Task Should_Keep_A_Vendor_With_A_Contract_And_Say_Why_On_Its_Page()
    {
        var contract = await fixture.NewContractAsync();
        var detailsUrl = $"/Vendors/Details/{contract.VendorId}";

        var response = await PostFormAsync(detailsUrl + "?handler=Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(detailsUrl, response.Headers.Location?.OriginalString);
        var page = await Admin.GetStringAsync(detailsUrl);
        Assert.Contains($"1 contract ({contract.Number}) still name it", System.Net.WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task Should_Warn_About_A_Conflict_Instead_Of_Overwriting()
    {
        var vendor = await fixture.NewVendorAsync();
        var editUrl = $"/Vendors/Edit/{vendor.Id}";
        var staleForm = await Admin.GetStringAsync(editUrl);

        // Someone else saves first, through the API.
        (await fixture.Admin.PutAsync($"/api/vendors/{vendor.Id}", System.Net.Http.Json.JsonContent.Create(
            new { name = vendor.Name + " (theirs)", kinds = "Pacs", concurrencyStamp = vendor.ConcurrencyStamp }))).EnsureSuccessStatusCode();

        var response = await Admin.PostAsync(editUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CookieSignIn.AntiforgeryToken(staleForm),
            ["Input.ConcurrencyStamp"] = vendor.ConcurrencyStamp,
            ["Input.Name"] = vendor.Name + " (mine)",
            ["Input.SelectedKinds"] = "Pacs",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Edit conflict", html);
        Assert.Contains(vendor.Name + " (mine)", html);

        var details = await Admin.GetStringAsync($"/Vendors/Details/{vendor.Id}");
        Assert.Contains(vendor.Name + " (theirs)", details);
    }

    [Fact]
    public async Task Should_Show_The_Change_History_On_The_Vendor_Page()
    {
        var vendor = await fixture.NewVendorAsync();
        var response = await PostFormAsync($"/Vendors/Edit/{vendor.Id}", new()
        {
            ["Input.ConcurrencyStamp"] = vendor.ConcurrencyStamp,
            ["Input.Name"] = vendor.Name,
            ["Input.SelectedKinds"] = "Storage",
            ["Input.Phone"] = "020 555 0199",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await Admin.GetStringAsync($"/Vendors/Details/{vendor.Id}");
        Assert.Contains("020 555 0199", details);
        Assert.Matches("<td>Kinds</td>\\s*<td class=\"history-value\">Pacs</td>\\s*<td class=\"history-value\">Storage</td>", details);
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Vendor_Page_With_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Vendors/Details/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Vendors/Edit/{Guid.NewGuid()}")).StatusCode);
    }
}
