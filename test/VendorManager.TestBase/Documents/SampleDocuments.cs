using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace VendorManager.TestBase.Documents;

/// <summary>
/// Small but real files of every format documents may have, and of formats they must not, built
/// here so every test can see exactly which bytes it sends.
/// </summary>
public static class SampleDocuments
{
    public const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string WordMacroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";
    public const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Pdf(string text = "Signed maintenance contract")
        => Encoding.ASCII.GetBytes(
            "%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n" +
            $"% {text}\ntrailer <</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A 1 x 1 pixel PNG.</summary>
    public static byte[] Png()
        => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A JFIF header and the end-of-image marker.</summary>
    public static byte[] Jpeg()
        => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>A TIFF header pointing at an empty image directory, in either byte order.</summary>
    public static byte[] Tiff(bool bigEndian = false)
    {
        var bytes = new byte[14];
        if (bigEndian)
        {
            "MM"u8.CopyTo(bytes);
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), 42);
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), 8);
        }
        else
        {
            "II"u8.CopyTo(bytes);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 42);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 8);
        }
        return bytes;
    }

    public static byte[] Docx() => OfficeOpenXml(WordMain, "word/document.xml");

    public static byte[] Xlsx() => OfficeOpenXml(ExcelMain, "xl/workbook.xml");

    /// <summary>A package whose [Content_Types].xml names <paramref name="mainType"/> for <paramref name="mainPart"/>; the part itself only when <paramref name="includeMainPart"/>.</summary>
    public static byte[] OfficeOpenXml(string mainType, string mainPart, bool includeMainPart = true, bool withVbaProject = false)
    {
        var vba = withVbaProject ? "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>" : "";
        return Zip(
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/>{vba}</Types>"),
            ("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/></Relationships>"),
            (includeMainPart ? mainPart : "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><document/>"));
    }

    public static byte[] Odt() => OpenDocument("application/vnd.oasis.opendocument.text");

    public static byte[] Ods() => OpenDocument("application/vnd.oasis.opendocument.spreadsheet");

    /// <summary>An OpenDocument package: the media type first and uncompressed, as the standard requires.</summary>
    public static byte[] OpenDocument(string mediaType, bool withMacros = false)
    {
        var entries = new List<(string, string)>
        {
            ("mimetype", mediaType),
            ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"),
            ("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
        };
        if (withMacros) entries.Add(("Basic/Standard/Module1.xml", "<module/>"));
        return Zip([.. entries]);
    }

    /// <summary>A Word 97-2003 document: an OLE2 compound file with a "WordDocument" stream.</summary>
    public static byte[] Doc() => CompoundFile(("WordDocument", 2), ("\u0005SummaryInformation", 2));

    /// <summary>An Excel 97-2003 workbook: an OLE2 compound file with a "Workbook" stream.</summary>
    public static byte[] Xls() => CompoundFile(("Workbook", 2));

    /// <summary>
    /// An OLE2 compound file ([MS-CFB], version 3: 512-byte sectors) holding the named entries: the
    /// header, one allocation sector and one directory sector (the root entry and up to three more).
    /// Stream contents are left out; only the directory matters to detection.
    /// </summary>
    public static byte[] CompoundFile(params (string Name, byte Type)[] entries)
    {
        if (entries.Length > 3) throw new ArgumentException("At most three entries besides the root fit one directory sector.", nameof(entries));
        const int sector = 512;
        var file = new byte[sector * 3];
        var header = file.AsSpan(0, sector);
        byte[] magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);           // one allocation (FAT) sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);           // the directory starts in sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], 0xFFFFFFFE);  // no mini allocation table
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], 0xFFFFFFFE);  // no DIFAT sectors
        for (var i = 0; i < 109; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + i * 4)..], i == 0 ? 0u : 0xFFFFFFFF);

        var fat = file.AsSpan(sector, sector);
        for (var i = 0; i < sector / 4; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], i switch { 0 => 0xFFFFFFFD, 1 => 0xFFFFFFFE, _ => 0xFFFFFFFF });

        var directory = file.AsSpan(sector * 2, sector);
        WriteEntry(directory[..128], "Root Entry", 5);
        for (var i = 0; i < entries.Length; i++) WriteEntry(directory.Slice((i + 1) * 128, 128), entries[i].Name, entries[i].Type);
        return file;
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)nameBytes.Length);
        entry[0x42] = type;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], 0xFFFFFFFF);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], 0xFFFFFFFF);
    }

    /// <summary>A Windows executable's first bytes: the MZ header and a PE signature.</summary>
    public static byte[] Exe()
    {
        var bytes = new byte[256];
        "MZ"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    public static byte[] Html()
        => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/api/users')</script>Contract</body></html>");

    /// <summary>An ordinary ZIP archive: not an office package.</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", "Not a document."), ("data/values.csv", "a,b\n1,2\n"));

    /// <summary>Bytes no one can predict, e.g. to fill several storage slices.</summary>
    public static byte[] PdfOfSize(int size, int seed = 7)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
