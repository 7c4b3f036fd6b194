using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>
/// Every API endpoint for every role and for an anonymous caller. A granted call must not be
/// refused (it may still be 4xx for its own reasons, which the rows avoid by sending valid input);
/// a refused one is 403, and an anonymous one 401, never a redirect to the login page.
/// </summary>
public sealed class PermissionMatrixTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    /// <summary>Endpoint name, the permission it needs (null: any signed-in user; "anonymous": nobody).</summary>
    public static readonly Dictionary<string, string?> Endpoints = new()
    {
        ["GET /api/vendors"] = VendorManagerPermissions.Vendors.Read,
        ["GET /api/vendors/{id}"] = VendorManagerPermissions.Vendors.Read,
        ["GET /api/vendors/{id}/history"] = VendorManagerPermissions.Vendors.Read,
        ["POST /api/vendors"] = VendorManagerPermissions.Vendors.Create,
        ["PUT /api/vendors/{id}"] = VendorManagerPermissions.Vendors.Edit,
        ["DELETE /api/vendors/{id}"] = VendorManagerPermissions.Vendors.Delete,
        ["GET /api/nodes"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/nodes/{id}"] = VendorManagerPermissions.Nodes.Read,
        ["POST /api/nodes"] = VendorManagerPermissions.Nodes.Create,
        ["PUT /api/nodes/{id}"] = VendorManagerPermissions.Nodes.Edit,
        ["DELETE /api/nodes/{id}"] = VendorManagerPermissions.Nodes.Delete,
        ["POST /api/nodes/import"] = VendorManagerPermissions.Nodes.Import,
        ["GET /api/nodes/{id}/uptime"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/nodes/{id}/evidence/verify"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/nodes/{id}/status"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/nodes/{id}/history"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/nodes/{id}/versions"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/status"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/version-changes"] = VendorManagerPermissions.Nodes.Read,
        ["GET /api/contracts"] = VendorManagerPermissions.Contracts.Read,
        ["GET /api/contracts/{id}"] = VendorManagerPermissions.Contracts.Read,
        ["GET /api/contracts/{id}/deadlines"] = VendorManagerPermissions.Contracts.Read,
        ["GET /api/contracts/{id}/history"] = VendorManagerPermissions.Contracts.Read,
        ["POST /api/contracts"] = VendorManagerPermissions.Contracts.Manage,
        ["PUT /api/contracts/{id}"] = VendorManagerPermissions.Contracts.Manage,
        ["DELETE /api/contracts/{id}"] = VendorManagerPermissions.Contracts.Manage,
        ["POST /api/contracts/{id}/renew"] = VendorManagerPermissions.Contracts.Manage,
        ["POST /api/contracts/{id}/terminate"] = VendorManagerPermissions.Contracts.Manage,
        ["PUT /api/contracts/{id}/sla"] = VendorManagerPermissions.Contracts.Manage,
        ["DELETE /api/contracts/{id}/sla"] = VendorManagerPermissions.Contracts.Manage,
        ["PUT /api/contracts/{id}/nodes"] = VendorManagerPermissions.Contracts.Manage,
        ["PUT /api/contracts/{id}/reminder-lead-days"] = VendorManagerPermissions.Contracts.Manage,
        ["GET /api/contracts/{id}/documents"] = VendorManagerPermissions.Contracts.Read,
        ["GET /api/contracts/{id}/documents/{documentId}"] = VendorManagerPermissions.Contracts.Read,
        ["GET /api/contracts/{id}/documents/{documentId}/content"] = VendorManagerPermissions.Contracts.Read,
        ["POST /api/contracts/{id}/documents"] = VendorManagerPermissions.Contracts.Manage,
        ["DELETE /api/contracts/{id}/documents/{documentId}"] = VendorManagerPermissions.Contracts.Manage,
        ["GET /api/contracts/{id}/reminders"] = VendorManagerPermissions.Contracts.Read,
        ["POST /api/contracts/{id}/reminders/{reminderId}/confirm-delivered"] = VendorManagerPermissions.Contracts.Manage,
        ["POST /api/contracts/{id}/reminders/{reminderId}/requeue"] = VendorManagerPermissions.Contracts.Manage,
        ["GET /api/users"] = VendorManagerPermissions.Users.Read,
        ["GET /api/users/{id}"] = VendorManagerPermissions.Users.Read,
        ["POST /api/users"] = VendorManagerPermissions.Users.Manage,
        ["PUT /api/users/{id}"] = VendorManagerPermissions.Users.Manage,
        ["POST /api/users/{id}/password"] = VendorManagerPermissions.Users.Manage,
        ["GET /api/tokens"] = null,
        ["POST /api/tokens"] = null,
        ["DELETE /api/tokens/{id}"] = null,
        ["GET /api/calendar/feeds"] = null,
        ["POST /api/calendar/feeds"] = VendorManagerPermissions.Contracts.Read,
        ["DELETE /api/calendar/feeds/{id}"] = null,
        ["GET /api/calendar/deadlines"] = VendorManagerPermissions.Contracts.Read,
    };

    public static TheoryData<string, string> Cases() => RoleMatrix.Cases(Endpoints.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Grant_Or_Refuse_Each_Endpoint_By_Role(string endpoint, string role)
    {
        var anonymous = role == RoleMatrix.Anonymous;
        var permission = Endpoints[endpoint];
        var granted = !anonymous && (permission is null || RolePermissionGrants.IsGranted([role], permission));

        using var response = await SendAsync(endpoint, fixture.ApiClient(anonymous ? null : role));

        if (anonymous)
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        else if (granted)
            Assert.True(response.IsSuccessStatusCode, $"{role} should be allowed {endpoint} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        else
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("api/contracts", 21)]
    [InlineData("api/calendar", 4)]
    public void Should_List_Every_Endpoint_Of_An_Area_In_The_Matrix(string prefix, int count)
    {
        var routes = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(prefix, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                $"{method} /{e.RoutePattern.RawText!.Replace(":guid", "", StringComparison.Ordinal)}"))
            .ToList();
        Assert.Equal(count, routes.Count);
        Assert.All(routes, route => Assert.True(Endpoints.ContainsKey(route), $"{route} is missing from the permission matrix"));
    }

    [Fact]
    public void Auditor_Should_Hold_Every_Read_Permission_And_Nothing_Else()
    {
        foreach (var permission in VendorManagerPermissions.All)
            Assert.Equal(RolePermissionGrants.IsReadOnly(permission), RolePermissionGrants.IsGranted([VendorManagerRoles.Auditor], permission));
    }

    /// <summary>The last day, as the evidence endpoints take it.</summary>
    private static string Window
        => $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}";

    private async Task<HttpResponseMessage> SendAsync(string endpoint, HttpClient client)
    {
        switch (endpoint)
        {
            case "GET /api/vendors": return await client.GetAsync("/api/vendors");
            case "GET /api/vendors/{id}": return await client.GetAsync($"/api/vendors/{(await fixture.NewVendorAsync()).Id}");
            case "GET /api/vendors/{id}/history": return await client.GetAsync($"/api/vendors/{(await fixture.NewVendorAsync()).Id}/history");
            case "POST /api/vendors":
                return await client.PostAsJsonAsync("/api/vendors", new { name = "New " + Guid.NewGuid().ToString("N")[..10], kinds = "Storage" });
            case "PUT /api/vendors/{id}":
            {
                var v = await fixture.NewVendorAsync();
                return await client.PutAsJsonAsync($"/api/vendors/{v.Id}", new { name = v.Name + " B.V.", kinds = "Pacs", concurrencyStamp = v.ConcurrencyStamp });
            }
            case "DELETE /api/vendors/{id}": return await client.DeleteAsync($"/api/vendors/{(await fixture.NewVendorAsync()).Id}");
            case "GET /api/nodes": return await client.GetAsync("/api/nodes");
            case "GET /api/nodes/{id}": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}");
            case "POST /api/nodes": return await client.PostAsJsonAsync("/api/nodes", PermissionMatrixFixture.NodeBody());
            case "PUT /api/nodes/{id}":
            {
                var n = await fixture.NewNodeAsync();
                var body = PermissionMatrixFixture.NodeBody();
                body["name"] = n.Name + " renamed";
                body["concurrencyStamp"] = n.ConcurrencyStamp;
                return await client.PutAsJsonAsync($"/api/nodes/{n.Id}", body);
            }
            case "DELETE /api/nodes/{id}": return await client.DeleteAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}");
            case "POST /api/nodes/import":
            {
                var id = Guid.NewGuid().ToString("N")[..8];
                return await client.PostAsync("/api/nodes/import?dryRun=true",
                    new StringContent($"name,ae_title,host,port\nImported {id},IMP{id},imp-{id},104\n", System.Text.Encoding.UTF8, "text/csv"));
            }
            case "GET /api/nodes/{id}/uptime": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}/uptime?{Window}");
            case "GET /api/nodes/{id}/evidence/verify": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}/evidence/verify");
            case "GET /api/nodes/{id}/status": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}/status");
            case "GET /api/nodes/{id}/history": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}/history?{Window}");
            case "GET /api/nodes/{id}/versions": return await client.GetAsync($"/api/nodes/{(await fixture.NewNodeAsync()).Id}/versions");
            case "GET /api/status": return await client.GetAsync("/api/status");
            case "GET /api/version-changes": return await client.GetAsync("/api/version-changes?take=10");
            case "GET /api/contracts": return await client.GetAsync("/api/contracts?noticeDeadlineWithinDays=90&sorting=nextNoticeDeadline");
            case "GET /api/contracts/{id}": return await client.GetAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}");
            case "GET /api/contracts/{id}/deadlines": return await client.GetAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/deadlines");
            case "GET /api/contracts/{id}/history": return await client.GetAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/history");
            case "POST /api/contracts":
                return await client.PostAsJsonAsync("/api/contracts", PermissionMatrixFixture.ContractBody((await fixture.NewVendorAsync()).Id, await fixture.OwnerIdAsync()));
            case "PUT /api/contracts/{id}":
            {
                var c = await fixture.NewContractAsync();
                var body = PermissionMatrixFixture.UpdateBody(c);
                body["title"] = "PACS maintenance and support";
                return await client.PutAsJsonAsync($"/api/contracts/{c.Id}", body);
            }
            case "DELETE /api/contracts/{id}": return await client.DeleteAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}");
            case "POST /api/contracts/{id}/renew":
            {
                // Renewal by decision of a term that started over a year ago and has ended.
                var c = await fixture.NewContractAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-400), "ExplicitDecision");
                return await client.PostAsJsonAsync($"/api/contracts/{c.Id}/renew", new { concurrencyStamp = c.ConcurrencyStamp });
            }
            case "POST /api/contracts/{id}/terminate":
            {
                var c = await fixture.NewContractAsync();
                return await client.PostAsJsonAsync($"/api/contracts/{c.Id}/terminate", new { effectiveOn = c.Terms[^1].End.ToString("yyyy-MM-dd"), reason = "Replaced" });
            }
            case "PUT /api/contracts/{id}/sla":
                return await client.PutAsJsonAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/sla", PermissionMatrixFixture.SlaBody());
            case "DELETE /api/contracts/{id}/sla": return await client.DeleteAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/sla");
            case "PUT /api/contracts/{id}/nodes":
                return await client.PutAsJsonAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/nodes", new { coveredNodeIds = new[] { (await fixture.NewNodeAsync()).Id } });
            case "PUT /api/contracts/{id}/reminder-lead-days":
                return await client.PutAsJsonAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/reminder-lead-days", new { reminderLeadDays = new[] { 60, 14 } });
            case "GET /api/contracts/{id}/documents":
            {
                var (contractId, _) = await fixture.NewDocumentAsync();
                return await client.GetAsync($"/api/contracts/{contractId}/documents");
            }
            case "GET /api/contracts/{id}/documents/{documentId}":
            {
                var (contractId, document) = await fixture.NewDocumentAsync();
                return await client.GetAsync($"/api/contracts/{contractId}/documents/{document.Id}");
            }
            case "GET /api/contracts/{id}/documents/{documentId}/content":
            {
                var (contractId, document) = await fixture.NewDocumentAsync();
                return await client.GetAsync($"/api/contracts/{contractId}/documents/{document.Id}/content");
            }
            case "POST /api/contracts/{id}/documents":
            {
                using var form = DocumentUploads.Form(TestBase.Documents.SampleDocuments.Png(), "node photo.png", "image/png", "Other");
                return await client.PostAsync($"/api/contracts/{(await fixture.NewContractAsync()).Id}/documents", form);
            }
            case "DELETE /api/contracts/{id}/documents/{documentId}":
            {
                var (contractId, document) = await fixture.NewDocumentAsync();
                return await client.DeleteAsync($"/api/contracts/{contractId}/documents/{document.Id}");
            }
            case "GET /api/contracts/{id}/reminders":
            {
                var (c, _) = await fixture.NewContractWithReminderAsync();
                return await client.GetAsync($"/api/contracts/{c.Id}/reminders");
            }
            case "POST /api/contracts/{id}/reminders/{reminderId}/confirm-delivered":
            {
                var (c, reminderId) = await fixture.NewContractWithReminderAsync();
                return await client.PostAsync($"/api/contracts/{c.Id}/reminders/{reminderId}/confirm-delivered", null);
            }
            case "POST /api/contracts/{id}/reminders/{reminderId}/requeue":
            {
                var (c, reminderId) = await fixture.NewContractWithReminderAsync(ReminderDispatchState.Failed);
                return await client.PostAsync($"/api/contracts/{c.Id}/reminders/{reminderId}/requeue", null);
            }
            case "GET /api/users": return await client.GetAsync("/api/users");
            case "GET /api/users/{id}": return await client.GetAsync($"/api/users/{(await fixture.NewUserAsync()).Id}");
            case "POST /api/users":
            {
                var name = "n" + Guid.NewGuid().ToString("N")[..10];
                return await client.PostAsJsonAsync("/api/users", new { userName = name, email = $"{name}@hospital.example.org", password = "long enough password", roles = new[] { "Procurement" } });
            }
            case "PUT /api/users/{id}":
            {
                var u = await fixture.NewUserAsync();
                return await client.PutAsJsonAsync($"/api/users/{u.Id}", new { email = u.Email, isActive = true, roles = new[] { "Procurement" }, concurrencyStamp = u.ConcurrencyStamp });
            }
            case "POST /api/users/{id}/password":
                return await client.PostAsJsonAsync($"/api/users/{(await fixture.NewUserAsync()).Id}/password", new { newPassword = "another long password" });
            case "GET /api/tokens": return await client.GetAsync("/api/tokens");
            case "POST /api/tokens": return await client.PostAsJsonAsync("/api/tokens", new { name = "matrix", validForDays = 1 });
            case "DELETE /api/tokens/{id}":
            {
                // Revoking needs a token of the caller's own; anonymous callers have none, any id will do.
                var id = Guid.NewGuid();
                if (client.DefaultRequestHeaders.Authorization is not null)
                {
                    var issued = await client.PostAsJsonAsync("/api/tokens", new { name = "to revoke", validForDays = 1 });
                    id = (await issued.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["id"].ToString() is { } s ? Guid.Parse(s) : id;
                }
                return await client.DeleteAsync($"/api/tokens/{id}");
            }
            case "GET /api/calendar/feeds": return await client.GetAsync("/api/calendar/feeds");
            case "POST /api/calendar/feeds": return await client.PostAsJsonAsync("/api/calendar/feeds", new { name = "matrix" });
            case "DELETE /api/calendar/feeds/{id}":
            {
                // Revoking needs a feed of the caller's own; anonymous callers have none, any id will do.
                var id = Guid.NewGuid();
                if (client.DefaultRequestHeaders.Authorization is not null)
                {
                    using var created = await client.PostAsJsonAsync("/api/calendar/feeds", new { name = "to revoke" });
                    id = (await created.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["id"].ToString() is { } s ? Guid.Parse(s) : id;
                }
                return await client.DeleteAsync($"/api/calendar/feeds/{id}");
            }
            case "GET /api/calendar/deadlines": return await client.GetAsync("/api/calendar/deadlines?months=24&kind=NoticeDeadline");
            default: throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "No request for this endpoint.");
        }
    }
}
