using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using VendorManager.Documents;
using VendorManager.Identity;
using VendorManager.TestBase.Documents;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;
using static VendorManager.Web.Tests.Pages.ContractPageHtml;

namespace VendorManager.Web.Tests.Pages;

/// <summary>Documents on the contract page as a browser posts them: upload with antiforgery, the list, download, refusals kept on the page, delete.</summary>
public sealed class ContractDocumentPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private HttpClient Admin => fixture.PageClient(VendorManagerRoles.Administrator);

    private async Task<List<ContractDocumentDto>> ListedAsync(Guid contractId)
        => (await fixture.Admin.GetFromJsonAsync<List<ContractDocumentDto>>($"/api/contracts/{contractId}/documents", Json.Options))!;

    /// <summary>Uploads from the contract page's form, with the token that page carries; returns where the post sent the browser.</summary>
    private async Task<string> UploadFromPageAsync(Guid contractId, byte[]? content, string fileName = "contract.pdf", string declaredType = "application/pdf",
        string kind = "SignedContract", string title = "", string effectiveFrom = "")
    {
        var page = await Admin.GetStringAsync($"/Contracts/{contractId}");
        Assert.Contains($"action=\"/Contracts/{contractId}/Documents?handler=Upload\"", page);
        using var form = DocumentUploads.PageForm(AntiforgeryForm.Token(page), content, fileName, declaredType, kind, title, effectiveFrom);
        using var response = await Admin.PostAsync($"/Contracts/{contractId}/Documents?handler=Upload", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts a plain form with the token of the contract page, where the delete buttons are.</summary>
    private async Task<HttpResponseMessage> PostFromContractPageAsync(Guid contractId, string url)
    {
        var token = AntiforgeryForm.Token(await Admin.GetStringAsync($"/Contracts/{contractId}"));
        return await Admin.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static string DownloadLink(string html, Guid documentId)
    {
        var match = Regex.Match(html, $"href=\"([^\"]*/Documents\\?documentId={documentId}&amp;handler=Download)\"");
        Assert.True(match.Success, "The page has no download link for the document.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task Should_Upload_Through_The_Page_And_List_The_Document_With_Its_Details()
    {
        var contract = await fixture.NewContractAsync();
        var pdf = SampleDocuments.PdfOfSize(1_300_000);

        var location = await UploadFromPageAsync(contract.Id, pdf, "Signed contract 2026.pdf", title: "Signed maintenance contract", effectiveFrom: "2026-02-01");

        Assert.Equal($"/Contracts/{contract.Id}#documents", location);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains("Document \u201cSigned maintenance contract\u201d uploaded.", WebUtility.HtmlDecode(page));
        var document = Assert.Single(await ListedAsync(contract.Id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), document.Sha256);
        Assert.Equal(
            $"Signed contract Signed maintenance contract Signed contract 2026.pdf PDF 1.2 MB {document.Sha256[..12]}\u2026 (show the full SHA-256) {document.Sha256} " +
            $"2026-02-01 {document.UploadedAt:yyyy-MM-dd HH:mm} by {document.UploadedByName} Download Signed maintenance contract Delete Signed maintenance contract",
            TextOf(page, $"document-{document.Id}"));
        Assert.Contains($"title=\"{document.Sha256}\"", page);
        Assert.Contains("title=\"1,300,000 bytes\"", page);
        Assert.Equal("25 MB", TextOf(page, "document-size-limit"));
        Assert.Contains("src=\"/js/document-upload.js?v=", page);
    }

    [Fact]
    public async Task Should_Download_Identical_Bytes_With_The_Safe_Headers_For_A_Reader()
    {
        var contract = await fixture.NewContractAsync();
        var pdf = SampleDocuments.PdfOfSize(300_000, seed: 11);
        await UploadFromPageAsync(contract.Id, pdf, "setup.exe", declaredType: "application/x-msdownload", title: "Quote");
        var document = Assert.Single(await ListedAsync(contract.Id));
        var reader = fixture.PageClient(VendorManagerRoles.Procurement);

        using var download = await reader.GetAsync(DownloadLink(await reader.GetStringAsync($"/Contracts/{contract.Id}"), document.Id));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf.LongLength, download.Content.Headers.ContentLength);
        Assert.Equal(("attachment", "setup.exe.pdf"), (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileNameStar));
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(download.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal($"\"{document.Sha256}\"", download.Headers.ETag?.Tag);
        Assert.True(download.Headers.CacheControl is { Private: true, NoCache: true });
    }

    [Fact]
    public async Task Should_Show_A_Wrong_Type_Upload_As_A_Readable_Message_Keep_The_Input_And_Store_Nothing()
    {
        var contract = await fixture.NewContractAsync();

        var location = await UploadFromPageAsync(contract.Id, SampleDocuments.Html(), "contract.pdf", kind: "Amendment", title: "Amendment 3", effectiveFrom: "2026-03-01");

        Assert.Equal($"/Contracts/{contract.Id}#document-upload", location);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.StartsWith("The file's content is not one of the accepted formats (PDF, PNG image,", ErrorAt(page, "Input.File"));
        Assert.Equal("\u201ccontract.pdf\u201d was not uploaded. The reasons are marked below; choose the file again to retry.", TextOf(page, "document-upload-refused"));
        Assert.Contains("value=\"Amendment 3\"", page);
        Assert.Contains("<option selected=\"selected\" value=\"Amendment\">Amendment</option>", page);
        Assert.Contains("value=\"2026-03-01\"", page);
        Assert.DoesNotContain("fetch(", page);
        Assert.Equal("No documents yet.", TextOf(page, "document-list"));
        Assert.Empty(await ListedAsync(contract.Id));

        // Shown once: the next visit has a clean form.
        var again = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.DoesNotContain("document-upload-refused", again);
        Assert.Equal("", ErrorAt(again, "Input.File"));
    }

    [Theory]
    [InlineData("empty", "The file is empty.")]
    [InlineData("missing", "Choose the file to upload.")]
    public async Task Should_Refuse_An_Empty_Or_Missing_File_At_The_File_Input(string what, string message)
    {
        var contract = await fixture.NewContractAsync();

        await UploadFromPageAsync(contract.Id, what == "empty" ? [] : null, "blank.pdf", kind: "Quote", title: "Offer");

        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Equal(message, ErrorAt(page, "Input.File"));
        Assert.Contains("value=\"Offer\"", page);
        Assert.Contains("<option selected=\"selected\" value=\"Quote\">Quote</option>", page);
        Assert.Empty(await ListedAsync(contract.Id));
    }

    [Fact]
    public async Task Should_Show_A_Refused_File_Name_As_Plain_Text()
    {
        var contract = await fixture.NewContractAsync();

        await UploadFromPageAsync(contract.Id, SampleDocuments.Html(), "<img src=x onerror=alert(1)>\u202Efdp.pdf");

        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.DoesNotContain("<img src=x", page);
        Assert.StartsWith("\u201c<img src=x onerror=alert(1)>fdp.pdf\u201d was not uploaded.", TextOf(page, "document-upload-refused"));
    }

    [Fact]
    public async Task Should_Show_A_Refusal_Only_On_The_Contract_It_Was_Made_On()
    {
        var refusedOn = await fixture.NewContractAsync();
        var other = await fixture.NewContractAsync();
        await UploadFromPageAsync(refusedOn.Id, SampleDocuments.Exe(), "invoice.pdf", title: "Invoice");

        var page = await Admin.GetStringAsync($"/Contracts/{other.Id}");

        Assert.DoesNotContain("document-upload-refused", page);
        Assert.DoesNotContain("value=\"Invoice\"", page);
    }

    /// <summary>The reader is refused by permission before the size limit reads the body; a manager's oversized post meets the limit.</summary>
    [Fact]
    public async Task Should_Refuse_A_Readers_Oversized_Post_As_Forbidden_And_A_Managers_With_413()
    {
        var contract = await fixture.NewContractAsync();
        var url = $"/Contracts/{contract.Id}/Documents?handler=Upload";
        var oversized = SampleDocuments.PdfOfSize((int)DocumentConsts.DefaultMaxBytes + 128 * 1024);
        var reader = fixture.PageClient(VendorManagerRoles.Auditor);

        using var readerForm = DocumentUploads.PageForm(AntiforgeryForm.Token(await reader.GetStringAsync($"/Contracts/{contract.Id}")), oversized);
        using var readerResponse = await reader.PostAsync(url, readerForm);
        using var managerForm = DocumentUploads.PageForm(AntiforgeryForm.Token(await Admin.GetStringAsync($"/Contracts/{contract.Id}")), oversized);
        using var managerResponse = await Admin.PostAsync(url, managerForm);

        Assert.Equal(HttpStatusCode.Redirect, readerResponse.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", readerResponse.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, managerResponse.StatusCode);
        Assert.Empty(await ListedAsync(contract.Id));
    }

    [Fact]
    public async Task Should_Delete_A_Document_From_The_Contract_Page()
    {
        var (contractId, document) = await fixture.NewDocumentAsync();
        var page = await Admin.GetStringAsync($"/Contracts/{contractId}");
        Assert.Contains($"action=\"/Contracts/{contractId}/Documents?documentId={document.Id}&amp;handler=Delete\"", page);
        Assert.Contains("return confirm('Delete this document? Its record and content are kept as evidence.');", page);

        var response = await PostFromContractPageAsync(contractId, $"/Contracts/{contractId}/Documents?handler=Delete&documentId={document.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Contracts/{contractId}#documents", response.Headers.Location!.OriginalString);
        var after = await Admin.GetStringAsync($"/Contracts/{contractId}");
        Assert.Equal("No documents yet.", TextOf(after, "document-list"));
        Assert.Contains("Document removed from the list; its record and content are kept as evidence.", after);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Contracts/{contractId}/Documents?handler=Download&documentId={document.Id}")).StatusCode);
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Document_Of_Another_Contract_Or_None()
    {
        var (_, document) = await fixture.NewDocumentAsync();
        var other = await fixture.NewContractAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Contracts/{other.Id}/Documents?handler=Download&documentId={document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Contracts/{other.Id}/Documents?handler=Download&documentId={Guid.NewGuid()}")).StatusCode);
        var delete = await PostFromContractPageAsync(other.Id, $"/Contracts/{other.Id}/Documents?handler=Delete&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Contracts/{Guid.NewGuid()}/Documents?handler=Download&documentId={document.Id}")).StatusCode);
    }

    [Fact]
    public async Task Should_Send_A_Plain_Visit_Of_The_Documents_Address_To_The_Contract_Page()
    {
        var contract = await fixture.NewContractAsync();
        using var response = await Admin.GetAsync($"/Contracts/{contract.Id}/Documents");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Contracts/{contract.Id}#documents", response.Headers.Location!.OriginalString);
    }
}
