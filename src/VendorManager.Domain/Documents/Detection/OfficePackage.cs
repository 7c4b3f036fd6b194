using System.IO.Compression;
using System.Xml;

namespace VendorManager.Documents.Detection;

/// <summary>
/// Looks into a ZIP to tell an Office Open XML document (.docx, .xlsx) or an OpenDocument file
/// (.odt, .ods) from any other archive. Only the central directory and one small part are read,
/// each with a bound, so a hostile archive (millions of entries, a part that inflates to gigabytes)
/// costs little and is refused.
/// </summary>
internal static class OfficePackage
{
    /// <summary>Real documents hold tens to a few hundred parts.</summary>
    private const int MaxEntries = 10_000;
    /// <summary>[Content_Types].xml is a few kilobytes even for a large workbook.</summary>
    private const int MaxContentTypesBytes = 1024 * 1024;

    private const string WordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string ExcelMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string VbaProject = "application/vnd.ms-office.vbaProject";

    public static DocumentFormat? Identify(Stream content)
    {
        if (ZipEndRecord.EntryCount(content) is not (> 0 and <= MaxEntries)) return null;
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries[0].FullName == "mimetype" ? OpenDocument(zip) : OfficeOpenXml(zip);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>ODF puts its media type, uncompressed, in a first entry named "mimetype"; macros live under Basic/ or Scripts/.</summary>
    private static DocumentFormat? OpenDocument(ZipArchive zip)
    {
        if (zip.Entries.Any(e => e.FullName.StartsWith("Basic/", StringComparison.Ordinal) || e.FullName.StartsWith("Scripts/", StringComparison.Ordinal)))
            return null;
        var mediaType = ReadText(zip.Entries[0], 128);
        return mediaType == DocumentFormat.Odt.MediaType ? DocumentFormat.Odt
            : mediaType == DocumentFormat.Ods.MediaType ? DocumentFormat.Ods
            : null;
    }

    /// <summary>
    /// An OOXML package names its main part's type in [Content_Types].xml. Macro-enabled main types
    /// (.docm, .xlsm) and templates do not match and are refused, as is any package with a VBA project.
    /// </summary>
    private static DocumentFormat? OfficeOpenXml(ZipArchive zip)
    {
        var contentTypes = zip.GetEntry("[Content_Types].xml");
        if (contentTypes is null || contentTypes.Length > MaxContentTypesBytes) return null;
        var overrides = ReadOverrides(ReadText(contentTypes, MaxContentTypesBytes));
        if (overrides.ContainsValue(VbaProject)) return null;

        var mains = overrides.Where(o => o.Value is WordMain or ExcelMain).ToList();
        if (mains.Count != 1) return null;
        var (partName, mediaType) = mains[0];
        // The part must really be there: a [Content_Types].xml alone does not make a document.
        if (!zip.Entries.Any(e => string.Equals("/" + e.FullName, partName, StringComparison.OrdinalIgnoreCase))) return null;
        return mediaType == WordMain ? DocumentFormat.Docx : DocumentFormat.Xlsx;
    }

    /// <summary>Part name to content type, from the Override elements.</summary>
    private static Dictionary<string, string> ReadOverrides(string xml)
    {
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxContentTypesBytes,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "Override" }) continue;
            if (reader.GetAttribute("PartName") is { } part && reader.GetAttribute("ContentType") is { } type)
                overrides[part] = type.Trim();
        }
        return overrides;
    }

    /// <summary>The entry as text, reading at most <paramref name="maxBytes"/> whatever its header claims.</summary>
    private static string ReadText(ZipArchiveEntry entry, int maxBytes)
    {
        using var stream = entry.Open();
        var buffer = new byte[maxBytes + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > maxBytes) throw new InvalidDataException($"{entry.FullName} is larger than {maxBytes} bytes.");
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF');
    }
}
