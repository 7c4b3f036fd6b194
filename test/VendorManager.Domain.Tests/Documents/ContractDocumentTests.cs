using NodaTime;
using VendorManager.Documents;
using Xunit;
using Codes = VendorManager.Documents.DocumentErrorCodes;

namespace VendorManager.Domain.Tests.Documents;

public sealed class ContractDocumentTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static ContractDocument Create(Guid? contract = null, ContractDocumentKind kind = ContractDocumentKind.SignedContract,
        string? title = "Signed contract", string? fileName = "contract.pdf", long size = 1234, string sha256 = Hash, LocalDate? effectiveFrom = null)
        => new(Guid.NewGuid(), contract ?? Guid.NewGuid(), kind, title, fileName, DocumentFormat.Pdf, size, sha256, effectiveFrom);

    private static BusinessValidationException Refused(Func<ContractDocument> create) => Assert.Throws<BusinessValidationException>(() => create());

    [Fact]
    public void Should_Keep_What_Was_Detected_And_A_Safe_Name()
    {
        var document = Create(fileName: "../../Signed contract.pdf", effectiveFrom: new LocalDate(2026, 4, 1));
        Assert.Equal(("Signed contract.pdf", "application/pdf", 1234L, Hash, new LocalDate(2026, 4, 1)),
            (document.FileName, document.ContentType, document.Size, document.Sha256, document.EffectiveFrom));
        Assert.Same(DocumentFormat.Pdf, document.Format);
    }

    [Fact]
    public void Should_Take_The_File_Name_As_Title_When_None_Is_Given()
        => Assert.Equal("Amendment 2", Create(title: "  ", fileName: "Amendment 2.pdf").Title);

    [Fact]
    public void Should_Report_Every_Broken_Field_With_Its_Code()
    {
        var error = Refused(() => Create(contract: Guid.Empty, kind: (ContractDocumentKind)9, title: new string('t', 257), size: 0, sha256: "ABC",
            effectiveFrom: new LocalDate(1900, 1, 1)));
        Assert.Equal(
            [("ContractId", Codes.ContractRequired), ("Kind", Codes.KindInvalid), ("Title", Codes.TitleTooLong), ("EffectiveFrom", Codes.DateOutOfRange),
             ("Size", Codes.SizeInvalid), ("Sha256", Codes.HashInvalid)],
            error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Should_Refuse_A_Hash_That_Is_Not_Lower_Case_Sha256_Hex()
        => Assert.Equal(Codes.HashInvalid, Refused(() => Create(sha256: Hash.ToUpperInvariant())).Code);

    [Fact]
    public void Should_Offer_A_Pdf_Uploaded_Under_An_Exe_Name_As_A_Pdf()
        => Assert.Equal("invoice.exe.pdf", Create(fileName: "invoice.exe").DownloadFileName);
}
