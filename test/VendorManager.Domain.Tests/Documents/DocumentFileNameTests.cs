using VendorManager.Documents;
using Xunit;

namespace VendorManager.Domain.Tests.Documents;

public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("Contract 2026.pdf", "Contract 2026.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\pacs\Desktop\SLA schedule.docx", "SLA schedule.docx")]
    [InlineData("..", "document")]
    [InlineData("", "document")]
    [InlineData(null, "document")]
    [InlineData("say \"hi\".pdf", "say _hi_.pdf")]
    [InlineData("evil\r\nX-Injected: 1.pdf", "evilX-Injected_ 1.pdf")]
    [InlineData("tab\there.pdf", "tabhere.pdf")]
    [InlineData("nul\0byte.pdf", "nulbyte.pdf")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    [InlineData("trailing dots...", "trailing dots")]
    [InlineData("a<b>c|d?e*f:g.pdf", "a_b_c_d_e_f_g.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("Überweisung März.pdf", "Überweisung März.pdf")]
    public void Should_Keep_A_Readable_Name_Without_Paths_Or_Header_Breaking_Characters(string? uploaded, string expected)
        => Assert.Equal(expected, DocumentFileName.Sanitize(uploaded));

    [Fact]
    public void Should_Drop_A_Right_To_Left_Override_That_Disguises_An_Extension()
        => Assert.Equal("invoicefdp.exe", DocumentFileName.Sanitize("invoice\u202Efdp.exe"));

    [Fact]
    public void Should_Shorten_A_Long_Name_Keeping_Its_Extension()
    {
        var name = DocumentFileName.Sanitize(new string('a', 400) + ".pdf");
        Assert.Equal(DocumentConsts.MaxFileNameLength, name.Length);
        Assert.EndsWith("a.pdf", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Never_Cut_A_Surrogate_Pair_In_Half()
    {
        var name = DocumentFileName.Sanitize(new string('a', 250) + "😀😀😀😀😀.pdf");
        Assert.True(name.Length <= DocumentConsts.MaxFileNameLength);
        Assert.False(char.IsHighSurrogate(name[^5]), name);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.pdf", "scan.pdf")]
    [InlineData("scan.PDF", "scan.PDF")]
    [InlineData("scan.exe", "scan.exe.pdf")]
    [InlineData("scan", "scan.pdf")]
    public void Should_Offer_A_Download_Under_The_Detected_Formats_Extension(string stored, string offered)
        => Assert.Equal(offered, DocumentFileName.WithExtension(stored, DocumentFormat.Pdf));

    [Fact]
    public void Should_Accept_Every_Usual_Spelling_Of_An_Extension()
    {
        Assert.Equal("photo.jpeg", DocumentFileName.WithExtension("photo.jpeg", DocumentFormat.Jpeg));
        Assert.Equal("fax.tiff", DocumentFileName.WithExtension("fax.tiff", DocumentFormat.Tiff));
    }
}
