using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.TestBase.Documents;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;
using Codes = VendorManager.Documents.DocumentErrorCodes;

namespace VendorManager.Web.Tests.Api;

/// <summary>A host whose Documents:MaxBytes is 4 KiB, so over-size uploads stay small enough to send in a test.</summary>
public sealed class DocumentSizeLimitTests : IAsyncLifetime
{
    private const int MaxBytes = 4096;
    private readonly VendorManagerWebFactory _factory = new(settings: new Dictionary<string, string?> { ["Documents:MaxBytes"] = MaxBytes.ToString() });
    private HttpClient _admin = null!;
    private Guid _contractId;

    public async Task InitializeAsync()
    {
        var (_, token) = await _factory.CreateUserWithTokenAsync(VendorManagerRoles.Administrator);
        _admin = _factory.CreateTokenClient(token);
        var (owner, _) = await _factory.CreateUserWithTokenAsync(VendorManagerRoles.ContractAdmin);
        var vendor = await (await _admin.PostAsJsonAsync("/api/vendors", new { name = "Limit vendor", kinds = "Pacs" })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await _admin.PostAsJsonAsync("/api/contracts", PermissionMatrixFixture.ContractBody(vendor.GetProperty("id").GetGuid(), owner.Id));
        _contractId = (await created.Content.ReadFromJsonAsync<ContractDto>(Json.Options))!.Id;
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task AssertTooLargeAsync(HttpContent form)
    {
        var response = await _admin.PostAsync($"/api/contracts/{_contractId}/documents", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"expected 413, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(Codes.FileTooLarge, problem.GetProperty("code").GetString());
        Assert.Contains("file", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains("4 KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Refuse_A_Request_Announcing_More_Than_The_Limit_Before_Reading_It()
        => await AssertTooLargeAsync(DocumentUploads.Form(SampleDocuments.PdfOfSize(200 * 1024)));

    [Fact]
    public async Task Should_Refuse_A_File_Just_Over_The_Limit_With_413()
        => await AssertTooLargeAsync(DocumentUploads.Form(SampleDocuments.PdfOfSize(MaxBytes + 1)));

    [Fact]
    public async Task Should_Accept_A_File_Of_Exactly_The_Limit()
    {
        var response = await _admin.PostAsync($"/api/contracts/{_contractId}/documents", DocumentUploads.Form(SampleDocuments.PdfOfSize(MaxBytes)));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
