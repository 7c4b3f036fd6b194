using VendorManager.Documents;
using VendorManager.Documents.Detection;
using VendorManager.TestBase.Documents;
using Xunit;
using static VendorManager.TestBase.Documents.SampleDocuments;

namespace VendorManager.Domain.Tests.Documents;

/// <summary>Real minimal files of each format; the detector sees bytes only, never a name.</summary>
public sealed class DocumentContentDetectorTests
{
    private static DocumentFormat? Detect(byte[] bytes) => DocumentContentDetector.Detect(new MemoryStream(bytes));

    public static TheoryData<string, byte[], string> Accepted() => new()
    {
        { "PDF", Pdf(), "application/pdf" },
        { "PNG", Png(), "image/png" },
        { "JPEG", Jpeg(), "image/jpeg" },
        { "TIFF, little-endian", Tiff(), "image/tiff" },
        { "TIFF, big-endian", Tiff(bigEndian: true), "image/tiff" },
        { "Word (OOXML)", Docx(), DocumentFormat.Docx.MediaType },
        { "Excel (OOXML)", Xlsx(), DocumentFormat.Xlsx.MediaType },
        { "Word 97-2003 (OLE2)", Doc(), "application/msword" },
        { "Excel 97-2003 (OLE2)", Xls(), "application/vnd.ms-excel" },
        { "Excel 5 (OLE2, Book stream)", CompoundFile(("Book", 2)), "application/vnd.ms-excel" },
        { "OpenDocument text", Odt(), DocumentFormat.Odt.MediaType },
        { "OpenDocument spreadsheet", Ods(), DocumentFormat.Ods.MediaType },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Should_Detect_Each_Allowed_Format_From_Its_Content(string what, byte[] content, string mediaType)
        => Assert.True(Detect(content)?.MediaType == mediaType, $"{what} should be detected as {mediaType}, got {Detect(content)?.MediaType ?? "nothing"}");

    public static TheoryData<string, byte[]> Refused() => new()
    {
        { "Windows executable (MZ)", Exe() },
        { "HTML page", Html() },
        { "plain text", "Contract 2026: signed"u8.ToArray() },
        { "an ordinary ZIP archive", PlainZip() },
        { "macro-enabled Word (.docm)", OfficeOpenXml(WordMacroMain, "word/document.xml") },
        { "Word package with a VBA project", OfficeOpenXml(WordMain, "word/document.xml", withVbaProject: true) },
        { "OOXML naming a main part it does not hold", OfficeOpenXml(WordMain, "word/document.xml", includeMainPart: false) },
        { "OOXML naming both a Word and an Excel main part", TwoMains() },
        { "PowerPoint-like OOXML", OfficeOpenXml("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "ppt/presentation.xml") },
        { "OpenDocument presentation", OpenDocument("application/vnd.oasis.opendocument.presentation") },
        { "OpenDocument text with Basic macros", OpenDocument("application/vnd.oasis.opendocument.text", withMacros: true) },
        { "installer-like OLE2 (no Word or Excel stream)", CompoundFile(("\u0005SummaryInformation", 2), ("Binary.Icon", 2)) },
        { "Word 97-2003 with macros", CompoundFile(("WordDocument", 2), ("Macros", 1)) },
        { "Excel 97-2003 with a VBA project", CompoundFile(("Workbook", 2), ("_VBA_PROJECT_CUR", 1)) },
        { "OLE2 header only, cut short", Doc()[..600] },
        { "ZIP signature only", [0x50, 0x4B, 0x03, 0x04, 0, 0] },
        { "PDF magic one byte short", "%PDF"u8.ToArray() },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Should_Refuse_Content_That_Is_Not_An_Allowed_Format(string what, byte[] content)
        => Assert.True(Detect(content) is null, $"{what} should be refused, was detected as {Detect(content)?.Name}");

    [Fact]
    public void Should_Refuse_An_Ole2_File_Whose_Directory_Chain_Loops()
    {
        var looping = Doc();
        // The allocation entry of the directory's sector points back at itself.
        BitConverter.GetBytes(1u).CopyTo(looping, 512 + 4);
        Assert.Null(Detect(looping));
    }

    [Fact]
    public void Should_Refuse_A_Zip_Claiming_More_Entries_Than_Any_Document_Has()
    {
        var zip = Docx();
        var end = zip.Length - 22;
        BitConverter.GetBytes((ushort)60_000).CopyTo(zip, end + 8);
        BitConverter.GetBytes((ushort)60_000).CopyTo(zip, end + 10);
        Assert.Null(Detect(zip));
    }

    [Fact]
    public void Should_Refuse_A_Stream_It_Cannot_Seek()
        => Assert.Throws<ArgumentException>(() => DocumentContentDetector.Detect(new NonSeekableStream(Pdf())));

    private static byte[] TwoMains()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                $"<Override PartName=\"/word/document.xml\" ContentType=\"{WordMain}\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"{ExcelMain}\"/></Types>");
            Write(zip, "word/document.xml", "<document/>");
            Write(zip, "xl/workbook.xml", "<workbook/>");
        }
        return buffer.ToArray();
    }

    private static void Write(System.IO.Compression.ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
