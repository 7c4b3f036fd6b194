using System.Net;
using System.Net.Http.Json;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>
/// Every contract form post for every role: readers are refused (sent to Access denied, the cookie
/// scheme's 403) before anything changes, editors get through to the form's own answer, anonymous
/// visitors to the login page.
/// </summary>
public sealed class ContractActionPermissionTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    /// <summary>Each action with a post that would change the contract if it were let through.</summary>
    public static readonly Dictionary<string, Func<Guid, KeyValuePair<string, string>[]>> Actions = new()
    {
        ["/Contracts/Create"] = _ => [new("Input.Number", "X-" + Guid.NewGuid().ToString("N")[..8])],
        ["/Contracts/{id}?handler=Delete"] = _ => [],
        ["/Contracts/{id}/Edit"] = _ => [new("Input.Title", "Changed by the permission test")],
        ["/Contracts/{id}/Sla"] = _ => [new("Input.AvailabilityTarget", "99.9")],
        ["/Contracts/{id}/Sla?handler=Remove"] = _ => [],
        ["/Contracts/{id}/Renew"] = _ => [],
        ["/Contracts/{id}/Terminate"] = _ => [new("Input.Reason", "Permission test"), new("Input.Confirmed", "true")],
        ["/Contracts/{id}/Nodes"] = _ => [],
    };

    public static TheoryData<string, string> Cases() => RoleMatrix.Cases(Actions.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Let_Only_Contract_Managers_Post_Contract_Actions(string action, string role)
    {
        var contract = await fixture.NewContractAsync();
        var url = action.Replace("{id}", contract.Id.ToString(), StringComparison.Ordinal);
        var anonymous = role == RoleMatrix.Anonymous;
        var client = fixture.PageClient(anonymous ? null : role);
        // Antiforgery tokens belong to the user, not the page: take one from a page every role may open.
        var token = anonymous ? "" : AntiforgeryForm.Token(await fixture.PageClient(role).GetStringAsync("/Account/ApiTokens"));
        var fields = Actions[action](contract.Id).Prepend(new("__RequestVerificationToken", token));

        using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        var location = response.Headers.Location is { } to ? new Uri(new Uri("http://localhost"), to).PathAndQuery : "";
        if (anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", location);
        }
        else if (RolePermissionGrants.IsGranted([role], VendorManagerPermissions.Contracts.Manage))
            Assert.DoesNotContain("/Account/AccessDenied", location);
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", location);
            var after = await fixture.Admin.GetFromJsonAsync<ContractDto>($"/api/contracts/{contract.Id}", Json.Options);
            Assert.Equal((contract.Title, contract.ConcurrencyStamp, (DateOnly?)null), (after!.Title, after.ConcurrencyStamp, after.TerminatedOn));
        }
    }

    public static TheoryData<string, string> DocumentCases() => RoleMatrix.Cases(["upload", "delete"]);

    /// <summary>A real upload (a PDF) and a real delete, so a post let through would show in the list.</summary>
    [Theory]
    [MemberData(nameof(DocumentCases))]
    public async Task Should_Let_Only_Contract_Managers_Upload_And_Delete_Documents(string action, string role)
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        var anonymous = role == RoleMatrix.Anonymous;
        var client = fixture.PageClient(anonymous ? null : role);
        var token = anonymous ? "" : AntiforgeryForm.Token(await fixture.PageClient(role).GetStringAsync("/Account/ApiTokens"));
        using HttpContent body = action == "upload"
            ? DocumentUploads.PageForm(token, TestBase.Documents.SampleDocuments.Pdf("Uploaded by " + role), title: "Permission test")
            : new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        var url = action == "upload"
            ? $"/Contracts/{contractId}/Documents?handler=Upload"
            : $"/Contracts/{contractId}/Documents?handler=Delete&documentId={document.Id}";

        using var response = await client.PostAsync(url, body);

        var location = response.Headers.Location is { } to ? new Uri(new Uri("http://localhost"), to).PathAndQuery : "";
        var listed = (await fixture.Admin.GetFromJsonAsync<List<ContractDocumentDto>>($"/api/contracts/{contractId}/documents", Json.Options))!;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (anonymous)
            Assert.StartsWith("/Account/Login", location);
        else if (RolePermissionGrants.IsGranted([role], VendorManagerPermissions.Contracts.Manage))
        {
            Assert.Equal($"/Contracts/{contractId}", location);
            Assert.Equal(action == "upload" ? 2 : 0, listed.Count);
            return;
        }
        else
            Assert.StartsWith("/Account/AccessDenied", location);
        Assert.Equal([document.Id], listed.Select(d => d.Id));
    }

    [Theory]
    [InlineData(VendorManagerRoles.Procurement)]
    [InlineData(VendorManagerRoles.Auditor)]
    public async Task Should_Not_Offer_Readers_Any_Contract_Action(string role)
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        var page = await fixture.PageClient(role).GetStringAsync($"/Contracts/{contractId}");
        var list = await fixture.PageClient(role).GetStringAsync("/Contracts");

        Assert.DoesNotContain("contract-actions", page);
        Assert.DoesNotContain("New contract", list);
        Assert.Contains("href=\"/Contracts\"", list);
        // Readers see the documents and download them; the upload form and delete buttons are not there.
        Assert.Contains($"id=\"document-{document.Id}\"", page);
        Assert.Contains($"href=\"/Contracts/{contractId}/Documents?documentId={document.Id}&amp;handler=Download\"", page);
        Assert.DoesNotContain("handler=Delete", page);
        Assert.DoesNotContain("document-upload", page);
    }

    [Theory]
    [InlineData(VendorManagerRoles.ContractAdmin)]
    [InlineData(VendorManagerRoles.Administrator)]
    public async Task Should_Offer_Contract_Managers_The_Upload_Form_And_Delete_Buttons(string role)
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        var page = await fixture.PageClient(role).GetStringAsync($"/Contracts/{contractId}");

        Assert.Contains("id=\"document-upload\"", page);
        Assert.Contains($"documentId={document.Id}&amp;handler=Delete", page);
    }
}
