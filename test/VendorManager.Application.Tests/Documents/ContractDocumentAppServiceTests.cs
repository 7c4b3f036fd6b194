using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Application.Tests.Contracts;
using VendorManager.Auditing;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Documents;
using VendorManager.Vendors;
using Xunit;
using Codes = VendorManager.Documents.DocumentErrorCodes;

namespace VendorManager.Application.Tests.Documents;

/// <summary>Documents through the real DbContext on SQLite: what goes in comes out byte for byte, and deleting keeps it.</summary>
public sealed class ContractDocumentAppServiceTests : ContractTestBase
{
    private Task<T> Documents<T>(Func<IContractDocumentAppService, Task<T>> action) => WithAsync(action);

    private async Task<ContractDto> NewContractAsync() => await CreateAsync(await NewContractInputAsync());

    private Task<ContractDocumentDto> UploadAsync(Guid contractId, byte[] content, string fileName = "contract.pdf",
        ContractDocumentKind kind = ContractDocumentKind.SignedContract, Stream? stream = null)
        => Documents(s => s.UploadAsync(contractId, new UploadContractDocumentInput { Kind = kind, FileName = fileName, DeclaredSize = content.Length },
            stream ?? new MemoryStream(content)));

    private Task<byte[]> DownloadAsync(Guid contractId, Guid documentId) => Documents(async s =>
    {
        var download = await s.DownloadAsync(contractId, documentId);
        await using var content = download.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    });

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Should_Store_An_Upload_With_Its_Detected_Type_Size_Hash_And_Uploader()
    {
        var contract = await NewContractAsync();
        var uploader = await NewUserAsync("contract.admin");
        Services.CurrentUser.ActAs(uploader.Id, uploader.UserName!, "ContractAdmin");
        var pdf = SampleDocuments.Pdf();

        var document = await Documents(s => s.UploadAsync(contract.Id, new UploadContractDocumentInput
        {
            Kind = ContractDocumentKind.Amendment, Title = "Amendment 1", FileName = "../amendment-1.pdf", EffectiveFrom = new DateOnly(2026, 4, 1),
        }, new MemoryStream(pdf)));

        Assert.Equal((contract.Id, ContractDocumentKind.Amendment, "Amendment 1", "amendment-1.pdf", "application/pdf", (long)pdf.Length, Sha256(pdf)),
            (document.ContractId, document.Kind, document.Title, document.FileName, document.ContentType, document.Size, document.Sha256));
        Assert.Equal(new DateOnly(2026, 4, 1), document.EffectiveFrom);
        Assert.Equal((Now, uploader.Id, "contract.admin"), (document.UploadedAt, document.UploadedBy, document.UploadedByName));
        Assert.Equal(document, await Documents(s => s.GetAsync(contract.Id, document.Id)));
    }

    [Fact]
    public async Task Should_Give_Back_Exactly_The_Bytes_Uploaded_Across_Several_Storage_Slices()
    {
        var contract = await NewContractAsync();
        // Two and a half slices, from a stream that cannot seek (spooled to a temporary file first).
        var content = SampleDocuments.PdfOfSize(5 * 1024 * 1024 / 2);

        var document = await UploadAsync(contract.Id, content, stream: new ForwardOnlyStream(content));
        var downloaded = await DownloadAsync(contract.Id, document.Id);

        Assert.Equal(content, downloaded);
        Assert.Equal(Sha256(content), Sha256(downloaded));
        Assert.Equal(Sha256(content), document.Sha256);
    }

    [Fact]
    public async Task Should_Offer_The_Download_As_The_Detected_Type_Under_A_Safe_Name()
    {
        var contract = await NewContractAsync();
        var document = await UploadAsync(contract.Id, SampleDocuments.Pdf(), fileName: "C:\\scans\\invoice.exe");

        var download = await Documents(s => s.DownloadAsync(contract.Id, document.Id));
        await download.Content.DisposeAsync();

        Assert.Equal(("application/pdf", "invoice.exe.pdf", document.Size, document.Sha256),
            (download.ContentType, download.FileName, download.Size, download.Sha256));
    }

    [Fact]
    public async Task Should_List_A_Contracts_Documents_Newest_First_And_Only_Its_Own()
    {
        var contract = await NewContractAsync();
        var other = await NewContractAsync();
        var signed = await UploadAsync(contract.Id, SampleDocuments.Pdf(), "signed.pdf");
        Services.Clock.Advance(TimeSpan.FromMinutes(5));
        var sla = await UploadAsync(contract.Id, SampleDocuments.Docx(), "sla.docx", ContractDocumentKind.SlaSchedule);
        await UploadAsync(other.Id, SampleDocuments.Png(), "other.png");

        var listed = await Documents(s => s.GetListAsync(contract.Id));

        Assert.Equal([sla.Id, signed.Id], listed.Select(d => d.Id));
        Assert.Equal(DocumentFormat.Docx.MediaType, listed[0].ContentType);
    }

    [Fact]
    public async Task Should_Not_Find_A_Document_Through_Another_Contract()
    {
        var contract = await NewContractAsync();
        var other = await NewContractAsync();
        var document = await UploadAsync(contract.Id, SampleDocuments.Pdf());

        await Assert.ThrowsAsync<EntityNotFoundException>(() => Documents(s => s.GetAsync(other.Id, document.Id)));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Documents(s => s.DownloadAsync(other.Id, document.Id)));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Documents(async s => { await s.DeleteAsync(other.Id, document.Id); return 0; }));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Documents(s => s.GetListAsync(Guid.NewGuid())));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => UploadAsync(Guid.NewGuid(), SampleDocuments.Pdf()));
    }

    [Fact]
    public async Task Should_Soft_Delete_Keeping_The_Row_The_Content_And_Who_Deleted_It()
    {
        var contract = await NewContractAsync();
        var content = SampleDocuments.PdfOfSize(1500 * 1024);
        var document = await UploadAsync(contract.Id, content);
        var deleter = Guid.NewGuid();
        Services.CurrentUser.ActAs(deleter, "contract.admin", "ContractAdmin");

        await Documents(async s => { await s.DeleteAsync(contract.Id, document.Id); return 0; });

        Assert.Empty(await Documents(s => s.GetListAsync(contract.Id)));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Documents(s => s.GetAsync(contract.Id, document.Id)));
        var (kept, stored) = await Services.InScopeAsync(async sp =>
        {
            var row = await sp.GetRequiredService<VendorManagerDbContext>().Set<ContractDocument>().IgnoreQueryFilters().SingleAsync(d => d.Id == document.Id);
            await using var stream = sp.GetRequiredService<IContractDocumentRepository>().OpenContent(row);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return (row, copy.ToArray());
        });
        Assert.Equal((true, deleter), (kept.IsDeleted, kept.DeletedBy));
        Assert.Equal(content, stored);
    }

    [Fact]
    public async Task Should_Record_The_Upload_And_The_Deletion_In_The_History()
    {
        var contract = await NewContractAsync();
        var document = await UploadAsync(contract.Id, SampleDocuments.Pdf(), "signed.pdf");
        await Documents(async s => { await s.DeleteAsync(contract.Id, document.Id); return 0; });

        var history = await WithAsync<IEntityChangeRepository, IReadOnlyList<EntityChange>>(h => h.ListForRootAsync(nameof(ContractDocument), document.Id.ToString(), 10));

        Assert.Equal([EntityChangeType.Deleted, EntityChangeType.Created], history.Select(c => c.ChangeType));
        Assert.All(history, c => Assert.Equal(Services.CurrentUser.Id, c.ChangedBy));
        Assert.Contains(history[1].PropertyChanges, p => p is { PropertyName: "Sha256" } && p.NewValue == document.Sha256);
    }

    [Theory]
    [InlineData("an executable", "invoice.pdf")]
    [InlineData("an HTML page", "contract.pdf")]
    [InlineData("an ordinary ZIP", "sla.docx")]
    public async Task Should_Refuse_Content_Of_A_Format_Not_Allowed_Whatever_Its_Name(string what, string fileName)
    {
        var contract = await NewContractAsync();
        var content = what switch
        {
            "an executable" => SampleDocuments.Exe(),
            "an HTML page" => SampleDocuments.Html(),
            _ => SampleDocuments.PlainZip(),
        };

        var error = await Assert.ThrowsAsync<BusinessException>(() => UploadAsync(contract.Id, content, fileName));

        Assert.Equal((Codes.ContentTypeNotAllowed, "File", BusinessErrorKind.UnsupportedContent), (error.Code, error.Field, error.Kind));
        Assert.Empty(await Documents(s => s.GetListAsync(contract.Id)));
    }

    [Fact]
    public async Task Should_Refuse_An_Empty_File()
    {
        var contract = await NewContractAsync();
        var declared = await Assert.ThrowsAsync<BusinessException>(() => UploadAsync(contract.Id, []));
        var streamed = await Assert.ThrowsAsync<BusinessException>(() =>
            Documents(s => s.UploadAsync(contract.Id, new UploadContractDocumentInput { FileName = "empty.pdf" }, new ForwardOnlyStream([]))));
        Assert.All([declared, streamed], e => Assert.Equal((Codes.FileEmpty, BusinessErrorKind.Validation), (e.Code, e.Kind)));
    }

    [Fact]
    public async Task Should_Refuse_A_File_Over_The_Configured_Size_Before_Or_While_Reading_It()
    {
        await using var services = await TestServices.SqliteAsync(new Dictionary<string, string?> { ["Documents:MaxBytes"] = "4096" });
        services.CurrentUser.ActAs(Guid.NewGuid(), "pacs.admin", "Administrator");
        var contractId = await NewContractIdAsync(services);
        var tooLarge = SampleDocuments.PdfOfSize(4097);

        var announced = await Assert.ThrowsAsync<BusinessException>(() => UploadAsync(services, contractId, tooLarge, declaredSize: tooLarge.Length, new ThrowingStream()));
        var streamed = await Assert.ThrowsAsync<BusinessException>(() => UploadAsync(services, contractId, tooLarge, declaredSize: null, new ForwardOnlyStream(tooLarge)));
        var seekable = await Assert.ThrowsAsync<BusinessException>(() => UploadAsync(services, contractId, tooLarge, declaredSize: null, new MemoryStream(tooLarge)));
        Assert.All([announced, streamed, seekable], e => Assert.Equal((Codes.FileTooLarge, "File", BusinessErrorKind.TooLarge), (e.Code, e.Field, e.Kind)));

        var exactlyAtTheLimit = await UploadAsync(services, contractId, SampleDocuments.PdfOfSize(4096), declaredSize: 4096, null);
        Assert.Equal(4096, exactlyAtTheLimit.Size);
    }

    /// <summary>A contract in another set of services than the test base's (their own settings).</summary>
    private static async Task<Guid> NewContractIdAsync(TestServices services)
    {
        var vendor = await services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>()
            .CreateAsync(new VendorInputBuilder().Named("Limited vendor").BuildCreate()));
        var owner = new AppUser("limited-owner", "limited-owner@hospital.example.org", services.Clock.GetUtcNow().UtcDateTime);
        await services.InScopeAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(owner));
        var contract = await services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>()
            .CreateAsync(new ContractInputBuilder(vendor.Id, owner.Id).BuildCreate()));
        return contract.Id;
    }

    private static Task<ContractDocumentDto> UploadAsync(TestServices services, Guid contractId, byte[] content, long? declaredSize, Stream? stream)
        => services.InScopeAsync(sp => sp.GetRequiredService<IContractDocumentAppService>().UploadAsync(contractId,
            new UploadContractDocumentInput { FileName = "big.pdf", DeclaredSize = declaredSize }, stream ?? new MemoryStream(content)));

    /// <summary>A request body: readable once, front to back.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }

    /// <summary>Proves an upload announced too large is refused without reading a byte.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The upload was read.");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("The upload was read.");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new InvalidOperationException("The upload was read.");
    }
}
