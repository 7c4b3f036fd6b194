using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using VendorManager.TestBase.Servers;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

public sealed partial class OperationsTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    [Fact]
    public async Task Should_Answer_Health_Probes_Without_Signing_In()
    {
        var client = fixture.ApiClient(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Should_Report_Not_Ready_When_The_Database_Is_Unreachable_But_Stay_Live()
    {
        // A PostgreSQL port nobody listens on: the process starts, says it is alive, and not ready.
        var unreachable = $"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Database=none;Timeout=2";
        await using var factory = new VendorManagerWebFactory(unreachable, migrateOnStartup: false);
        var client = factory.CreateNoRedirectClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Should_Serve_The_OpenApi_Document_With_The_Vendor_Endpoints()
    {
        var document = await fixture.ApiClient(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/vendors", out _));
        Assert.True(paths.TryGetProperty("/api/vendors/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/token", out _));
    }

    [Fact]
    public async Task Should_Serve_The_Interactive_Api_Page_And_Its_Script_From_The_App_Itself()
    {
        var client = fixture.Factory.CreateClient();
        var page = await client.GetStringAsync("/api-docs");
        Assert.DoesNotMatch(ExternalUrl(), page);
        foreach (Match script in ScriptSource().Matches(page))
        {
            var src = script.Groups[1].Value;
            var url = src.StartsWith('/') ? src : "/api-docs/" + src;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Should_Serve_Bootstrap_From_The_App_Without_Any_Cdn()
    {
        var client = fixture.PageClient(VendorManager.Identity.VendorManagerRoles.Auditor);
        var html = await client.GetStringAsync("/Vendors");
        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/css/bootstrap.min.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/lib/bootstrap/js/bootstrap.bundle.min.js")).StatusCode);
    }

    [GeneratedRegex("""(src|href)="https?://""")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("<script[^>]+src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
