using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Documents;
using VendorManager.Identity;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Documents;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>Document content kept in PostgreSQL (bytea slices) through the real migrations.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class DocumentPostgreSqlTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync());
        _services.CurrentUser.ActAs(Guid.NewGuid(), "contract.admin", "ContractAdmin");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private Task<T> Documents<T>(Func<IContractDocumentAppService, Task<T>> action)
        => _services.InScopeAsync(sp => action(sp.GetRequiredService<IContractDocumentAppService>()));

    [Fact]
    public async Task Should_Give_Back_Every_Byte_Of_A_Multi_Slice_Document_With_Its_Hash()
    {
        var contractId = await NewContractIdAsync();
        var content = SampleDocuments.PdfOfSize(2 * 1024 * 1024 + 12345, seed: 11);

        var document = await Documents(s => s.UploadAsync(contractId, new UploadContractDocumentInput
        {
            Kind = ContractDocumentKind.SignedContract, FileName = "signed.pdf", EffectiveFrom = new DateOnly(2024, 2, 29),
        }, new MemoryStream(content)));
        var downloaded = await Documents(async s =>
        {
            var download = await s.DownloadAsync(contractId, document.Id);
            await using var stream = download.Content;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });

        Assert.Equal(content, downloaded);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), document.Sha256);
        Assert.Equal(new DateOnly(2024, 2, 29), (await Documents(s => s.GetAsync(contractId, document.Id))).EffectiveFrom);
        var slices = await Scalar($"SELECT count(*)::text AS \"Value\" FROM \"ContractDocumentContents\" WHERE \"DocumentId\" = '{document.Id}'");
        Assert.Equal("3", slices);
    }

    [Fact]
    public async Task Should_Store_Content_As_Bytea_And_Days_As_Dates()
    {
        var types = await _services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Database.SqlQueryRaw<string>(
            "SELECT column_name || ':' || data_type AS \"Value\" FROM information_schema.columns WHERE table_name IN ('ContractDocuments', 'ContractDocumentContents')").ToListAsync());

        Assert.Contains("Data:bytea", types);
        Assert.Contains("EffectiveFrom:date", types);
        Assert.Contains("Size:bigint", types);
    }

    [Fact]
    public async Task Should_Leave_Neither_Row_Nor_Content_When_Storing_Fails_Half_Way()
    {
        var contractId = await NewContractIdAsync();
        var content = SampleDocuments.PdfOfSize(3 * 1024 * 1024);
        var document = new ContractDocument(Guid.CreateVersion7(), contractId, ContractDocumentKind.Other, "Broken upload", "broken.pdf",
            DocumentFormat.Pdf, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), null);

        await Assert.ThrowsAsync<IOException>(() => _services.InScopeAsync(sp =>
            sp.GetRequiredService<IContractDocumentRepository>().AddWithContentAsync(document, new FailingAfterStream(content, 1536 * 1024))));

        Assert.Equal("0", await Scalar($"SELECT count(*)::text AS \"Value\" FROM \"ContractDocuments\" WHERE \"Id\" = '{document.Id}'"));
        Assert.Equal("0", await Scalar($"SELECT count(*)::text AS \"Value\" FROM \"ContractDocumentContents\" WHERE \"DocumentId\" = '{document.Id}'"));
    }

    [Fact]
    public async Task Should_Keep_The_Content_Of_A_Deleted_Document()
    {
        var contractId = await NewContractIdAsync();
        var document = await Documents(s => s.UploadAsync(contractId, new UploadContractDocumentInput { FileName = "quote.xlsx" }, new MemoryStream(SampleDocuments.Xlsx())));

        await Documents(async s => { await s.DeleteAsync(contractId, document.Id); return 0; });

        Assert.Equal("true", await Scalar($"SELECT \"IsDeleted\"::text AS \"Value\" FROM \"ContractDocuments\" WHERE \"Id\" = '{document.Id}'"));
        Assert.Equal("1", await Scalar($"SELECT count(*)::text AS \"Value\" FROM \"ContractDocumentContents\" WHERE \"DocumentId\" = '{document.Id}'"));
    }

    private Task<string> Scalar(string sql)
        => _services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Database.SqlQueryRaw<string>(sql).SingleAsync());

    private async Task<Guid> NewContractIdAsync()
    {
        var vendor = await _services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().CreateAsync(new VendorInputBuilder().BuildCreate()));
        var name = "owner-" + Guid.NewGuid().ToString("N")[..6];
        var owner = new AppUser(name, $"{name}@hospital.example.org", _services.Clock.GetUtcNow().UtcDateTime);
        await _services.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(owner)).Succeeded));
        var contract = await _services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>().CreateAsync(new ContractInputBuilder(vendor.Id, owner.Id).BuildCreate()));
        return contract.Id;
    }

    /// <summary>A source that breaks after <paramref name="failAt"/> bytes, as a disk or connection might.</summary>
    private sealed class FailingAfterStream(byte[] bytes, int failAt) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= failAt) throw new IOException("The source broke off.");
            return await base.ReadAsync(buffer[..(int)Math.Min(buffer.Length, failAt - Position)], cancellationToken);
        }
    }
}
