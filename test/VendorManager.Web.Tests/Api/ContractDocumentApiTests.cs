using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using VendorManager.Documents;
using VendorManager.Identity;
using VendorManager.TestBase.Documents;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;
using Codes = VendorManager.Documents.DocumentErrorCodes;

namespace VendorManager.Web.Tests.Api;

/// <summary>Documents through the real host: multipart in, attachments out, and every refusal as ProblemDetails.</summary>
public sealed class ContractDocumentApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static void AssertFileError(JsonElement problem, string code)
    {
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _), problem.ToString());
        var fieldError = Assert.Single(problem.GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("file", code), (fieldError.GetProperty("field").GetString(), fieldError.GetProperty("code").GetString()));
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid contractId, HttpContent form, HttpClient? client = null)
        => await (client ?? fixture.Admin).PostAsync($"/api/contracts/{contractId}/documents", form);

    [Fact]
    public async Task Should_Upload_List_And_Download_A_Document_With_Identical_Bytes()
    {
        var contract = await fixture.NewContractAsync();
        var pdf = SampleDocuments.PdfOfSize(1_300_000);

        var response = await UploadAsync(contract.Id, DocumentUploads.Form(pdf, "Signed contract 2026.pdf", title: "Signed contract"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ContractDocumentDto>(Json.Options))!;
        Assert.Equal(("Signed contract", "Signed contract 2026.pdf", "application/pdf", ContractDocumentKind.SignedContract, pdf.LongLength),
            (created.Title, created.FileName, created.ContentType, created.Kind, created.Size));
        Assert.Equal(created, await fixture.Admin.GetFromJsonAsync<ContractDocumentDto>(response.Headers.Location!, Json.Options));
        var listed = await fixture.Admin.GetFromJsonAsync<List<ContractDocumentDto>>($"/api/contracts/{contract.Id}/documents", Json.Options);
        Assert.Equal([created.Id], listed!.Select(d => d.Id));

        using var download = await fixture.ApiClient(VendorManagerRoles.Auditor).GetAsync($"/api/contracts/{contract.Id}/documents/{created.Id}/content");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(pdf, bytes);
        Assert.Equal(created.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf.LongLength, download.Content.Headers.ContentLength);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(("attachment", "Signed contract 2026.pdf"),
            (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileNameStar));
    }

    [Theory]
    [InlineData("HTML named .pdf and declared as PDF", "contract.pdf", "application/pdf")]
    [InlineData("an executable named .pdf", "invoice.pdf", "application/pdf")]
    [InlineData("a ZIP named .docx", "sla.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task Should_Refuse_An_Upload_With_A_Wrong_Content_Type_With_415(string what, string fileName, string declaredType)
    {
        var contract = await fixture.NewContractAsync();
        var content = what.StartsWith("HTML", StringComparison.Ordinal) ? SampleDocuments.Html()
            : what.Contains("executable", StringComparison.Ordinal) ? SampleDocuments.Exe()
            : SampleDocuments.PlainZip();

        var problem = await ProblemAsync(await UploadAsync(contract.Id, DocumentUploads.Form(content, fileName, declaredType)), HttpStatusCode.UnsupportedMediaType);

        AssertFileError(problem, Codes.ContentTypeNotAllowed);
        Assert.Empty((await fixture.Admin.GetFromJsonAsync<List<ContractDocumentDto>>($"/api/contracts/{contract.Id}/documents", Json.Options))!);
    }

    [Fact]
    public async Task Should_Accept_A_Pdf_Whatever_Name_And_Declared_Type_It_Came_With()
    {
        var contract = await fixture.NewContractAsync();

        var response = await UploadAsync(contract.Id, DocumentUploads.Form(SampleDocuments.Pdf(), "setup.exe", "application/x-msdownload"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ContractDocumentDto>(Json.Options))!;
        Assert.Equal(("setup.exe", "application/pdf"), (created.FileName, created.ContentType));
        using var download = await fixture.Admin.GetAsync($"/api/contracts/{contract.Id}/documents/{created.Id}/content");
        Assert.Equal("setup.exe.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("filename=\"../../etc/passwd\"", "passwd", "passwd.pdf")]
    [InlineData("filename=\"x.pdf\"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", "passwd", "passwd.pdf")]
    [InlineData("filename=\"x.pdf\"; filename*=UTF-8''say%20%22hi%22.pdf", "say _hi_.pdf", "say _hi_.pdf")]
    [InlineData("filename=\"x.pdf\"; filename*=UTF-8''evil%0D%0AX-Injected%3A%201.pdf", "evilX-Injected_ 1.pdf", "evilX-Injected_ 1.pdf")]
    [InlineData("filename=\"x.pdf\"; filename*=UTF-8''%E2%80%AEfdp.exe", "fdp.exe", "fdp.exe.pdf")]
    public async Task Should_Keep_A_Hostile_File_Name_Out_Of_Paths_And_Headers(string fileNameParameters, string stored, string offered)
    {
        var contract = await fixture.NewContractAsync();

        var response = await UploadAsync(contract.Id, DocumentUploads.Raw(SampleDocuments.Pdf(), fileNameParameters));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<ContractDocumentDto>(Json.Options))!;
        Assert.Equal(stored, created.FileName);
        using var download = await fixture.Admin.GetAsync($"/api/contracts/{contract.Id}/documents/{created.Id}/content");
        var header = Assert.Single(download.Content.Headers.GetValues("Content-Disposition"));
        Assert.DoesNotContain('\r', header);
        Assert.DoesNotContain('\n', header);
        Assert.DoesNotContain("/", header.Replace("filename*=UTF-8''", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(download.Headers.Contains("X-Injected"));
        Assert.Equal(("attachment", offered), (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileNameStar));
    }

    [Fact]
    public async Task Should_Refuse_An_Empty_File_Or_A_Form_Without_One_With_400()
    {
        var contract = await fixture.NewContractAsync();

        AssertFileError(await ProblemAsync(await UploadAsync(contract.Id, DocumentUploads.Form([])), HttpStatusCode.BadRequest), Codes.FileEmpty);
        using var noFile = new MultipartFormDataContent { { new StringContent("Amendment"), "kind" } };
        AssertFileError(await ProblemAsync(await UploadAsync(contract.Id, noFile), HttpStatusCode.BadRequest), Codes.FileRequired);
        var badKind = await ProblemAsync(await UploadAsync(contract.Id, DocumentUploads.Form(SampleDocuments.Pdf(), kind: "Poem")), HttpStatusCode.BadRequest);
        Assert.Equal(VendorManagerErrorCodes.ValidationFailed, badKind.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_Require_The_Read_Permission_To_Download()
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        var url = $"/api/contracts/{contractId}/documents/{document.Id}/content";
        var (_, token) = await fixture.Factory.CreateUserWithTokenAsync(role: null);

        using var anonymous = await fixture.ApiClient(null).GetAsync(url);
        using var withoutRole = await fixture.Factory.CreateTokenClient(token).GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutRole.StatusCode);
        Assert.False((await withoutRole.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("%PDF"u8), "a refused caller must not get the content");
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Document_Of_Another_Contract()
    {
        var (_, document) = await fixture.NewDocumentAsync();
        var other = await fixture.NewContractAsync();

        foreach (var url in new[] { $"/api/contracts/{other.Id}/documents/{document.Id}", $"/api/contracts/{other.Id}/documents/{document.Id}/content" })
            Assert.Equal(VendorManagerErrorCodes.EntityNotFound, (await ProblemAsync(await fixture.Admin.GetAsync(url), HttpStatusCode.NotFound)).GetProperty("code").GetString());
        await ProblemAsync(await fixture.Admin.DeleteAsync($"/api/contracts/{other.Id}/documents/{document.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Delete_A_Document_From_The_List_Only()
    {
        var (contractId, document) = await fixture.NewDocumentAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Admin.DeleteAsync($"/api/contracts/{contractId}/documents/{document.Id}")).StatusCode);

        Assert.Empty((await fixture.Admin.GetFromJsonAsync<List<ContractDocumentDto>>($"/api/contracts/{contractId}/documents", Json.Options))!);
        await ProblemAsync(await fixture.Admin.GetAsync($"/api/contracts/{contractId}/documents/{document.Id}/content"), HttpStatusCode.NotFound);
    }
}
