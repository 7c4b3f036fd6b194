namespace VendorManager.Documents;

/// <summary>
/// A file format documents may have. Only these are accepted, and only when the content itself
/// shows the format (see the detector in the domain); names and declared types are never believed.
/// </summary>
public sealed record DocumentFormat(string Name, string MediaType, string Extension)
{
    public static readonly DocumentFormat Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly DocumentFormat Png = new("PNG image", "image/png", ".png");
    public static readonly DocumentFormat Jpeg = new("JPEG image", "image/jpeg", ".jpg");
    public static readonly DocumentFormat Tiff = new("TIFF image", "image/tiff", ".tif");
    public static readonly DocumentFormat Docx = new("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly DocumentFormat Xlsx = new("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly DocumentFormat Doc = new("Word 97-2003 document", "application/msword", ".doc");
    public static readonly DocumentFormat Xls = new("Excel 97-2003 workbook", "application/vnd.ms-excel", ".xls");
    public static readonly DocumentFormat Odt = new("OpenDocument text", "application/vnd.oasis.opendocument.text", ".odt");
    public static readonly DocumentFormat Ods = new("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", ".ods");

    public static IReadOnlyList<DocumentFormat> All { get; } = [Pdf, Png, Jpeg, Tiff, Docx, Xlsx, Doc, Xls, Odt, Ods];

    /// <summary>Other spellings of an extension that already name this format, so a download keeps "scan.jpeg" as it is.</summary>
    public IReadOnlyList<string> ExtensionAliases => MediaType switch
    {
        "image/jpeg" => [".jpg", ".jpeg", ".jpe"],
        "image/tiff" => [".tif", ".tiff"],
        _ => [Extension],
    };

    public static DocumentFormat? FromMediaType(string? mediaType)
        => All.FirstOrDefault(f => string.Equals(f.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>For messages: "PDF, PNG image, ...".</summary>
    public static string AllowedNames => string.Join(", ", All.Select(f => f.Name));
}
