using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorManager.Identity;
using VendorManager.Vendors;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>What a script sees when it sends something wrong: ProblemDetails with a status, a code and field errors.</summary>
public sealed class ProblemDetailsTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    [Fact]
    public async Task Should_Answer_Missing_Fields_With_400_And_Field_Errors()
    {
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/vendors", new { name = "", kinds = "Pacs" }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_Answer_A_Broken_Domain_Rule_With_400_The_Field_And_The_Code()
    {
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/vendors",
            new { name = "Bad website " + Guid.NewGuid().ToString("N")[..6], kinds = "Pacs", website = "ftp://files.example.com" }), HttpStatusCode.BadRequest);
        Assert.Equal(VendorManagerErrorCodes.Vendors.WebsiteInvalid, problem.GetProperty("code").GetString());
        Assert.Contains("http", problem.GetProperty("errors").GetProperty("website")[0].GetString());
    }

    [Fact]
    public async Task Should_Point_At_The_Contact_Row_In_Error()
    {
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/vendors", new
        {
            name = "Rows " + Guid.NewGuid().ToString("N")[..6], kinds = "Pacs",
            contacts = new object[] { new { name = "Ok" }, new { name = "Duplicate" }, new { name = "duplicate" } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(VendorManagerErrorCodes.Vendors.ContactDuplicate, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("contacts[2]", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_Answer_An_Unparseable_Kind_With_400_Not_500()
    {
        var response = await fixture.Admin.PostAsync("/api/vendors",
            new StringContent("{\"name\":\"X\",\"kinds\":\"Spaceships\"}", System.Text.Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Answer_A_Duplicate_Name_With_409_And_The_Code()
    {
        var existing = await fixture.NewVendorAsync();
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/vendors", new { name = existing.Name.ToUpperInvariant(), kinds = "Pacs" }), HttpStatusCode.Conflict);
        Assert.Equal(VendorManagerErrorCodes.Vendors.NameAlreadyExists, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Should_Answer_A_Stale_Edit_With_409_And_Keep_The_First_Save()
    {
        var v = await fixture.NewVendorAsync();
        (await fixture.Admin.PutAsJsonAsync($"/api/vendors/{v.Id}", new { name = v.Name + " first", kinds = "Pacs", concurrencyStamp = v.ConcurrencyStamp })).EnsureSuccessStatusCode();
        var problem = await ProblemAsync(await fixture.Admin.PutAsJsonAsync($"/api/vendors/{v.Id}",
            new { name = v.Name + " second", kinds = "Pacs", concurrencyStamp = v.ConcurrencyStamp }), HttpStatusCode.Conflict);
        Assert.Equal(VendorManagerErrorCodes.ConcurrencyConflict, problem.GetProperty("code").GetString());
        var current = await fixture.Admin.GetFromJsonAsync<VendorDto>($"/api/vendors/{v.Id}", Json.Options);
        Assert.Equal(v.Name + " first", current!.Name);
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Id_With_404()
    {
        var problem = await ProblemAsync(await fixture.Admin.GetAsync($"/api/vendors/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal(VendorManagerErrorCodes.EntityNotFound, problem.GetProperty("code").GetString());
        await ProblemAsync(await fixture.Admin.PutAsJsonAsync($"/api/vendors/{Guid.NewGuid()}", new { name = "x", kinds = "Pacs", concurrencyStamp = "x" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Answer_No_Permission_With_403_And_No_Token_With_401_As_ProblemDetails()
    {
        await ProblemAsync(await fixture.ApiClient(VendorManagerRoles.Procurement).PostAsJsonAsync("/api/vendors", new { name = "x", kinds = "Pacs" }), HttpStatusCode.Forbidden);
        var anonymous = await fixture.ApiClient(null).GetAsync("/api/vendors");
        await ProblemAsync(anonymous, HttpStatusCode.Unauthorized);
        Assert.Null(anonymous.Headers.Location);
    }

    [Fact]
    public async Task Should_Refuse_A_Bad_Or_Revoked_Token_With_401()
    {
        var bad = fixture.Factory.CreateTokenClient("vm_not-a-real-token");
        await ProblemAsync(await bad.GetAsync("/api/vendors"), HttpStatusCode.Unauthorized);

        var (_, token) = await fixture.Factory.CreateUserWithTokenAsync(VendorManagerRoles.Auditor);
        var client = fixture.Factory.CreateTokenClient(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/vendors")).StatusCode);
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/tokens");
        (await client.DeleteAsync($"/api/tokens/{mine[0].GetProperty("id").GetString()}")).EnsureSuccessStatusCode();
        await ProblemAsync(await client.GetAsync("/api/vendors"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_Exchange_A_Password_For_A_Token_And_Refuse_A_Wrong_One()
    {
        var client = fixture.ApiClient(null);
        var ok = await client.PostAsJsonAsync("/api/token", new { userName = "admin", password = VendorManagerWebFactory.AdminPassword });
        ok.EnsureSuccessStatusCode();
        var token = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateTokenClient(token).GetAsync("/api/vendors")).StatusCode);

        await ProblemAsync(await client.PostAsJsonAsync("/api/token", new { userName = "admin", password = "wrong password" }), HttpStatusCode.Unauthorized);
    }
}
