namespace VendorManager.Documents.Detection;

/// <summary>
/// Tells which allowed <see cref="DocumentFormat"/> a file is from its bytes alone. A file's name and
/// the type its sender declared are never consulted: both are whatever the sender chose. Office files
/// are looked into (a ZIP is a Word or Excel file only when its package says so; an OLE2 file only
/// when it holds a Word or Excel stream), so an arbitrary archive or installer never passes.
/// Macro-carrying variants are refused on purpose: a contract record has no use for code.
/// </summary>
public static class DocumentContentDetector
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> TiffLittleEndianMagic => [0x49, 0x49, 0x2A, 0x00];
    private static ReadOnlySpan<byte> TiffBigEndianMagic => [0x4D, 0x4D, 0x00, 0x2A];
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format, or null when the content is none of the allowed ones.</summary>
    /// <param name="content">Readable and seekable (office packages are read from their end); its position is left anywhere.</param>
    public static DocumentFormat? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead || !content.CanSeek)
            throw new ArgumentException("Detection needs a readable, seekable stream; spool the upload to a file first.", nameof(content));

        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];

        if (head.StartsWith(PdfMagic)) return DocumentFormat.Pdf;
        if (head.StartsWith(PngMagic)) return DocumentFormat.Png;
        if (head.StartsWith(JpegMagic)) return DocumentFormat.Jpeg;
        if (head.StartsWith(TiffLittleEndianMagic) || head.StartsWith(TiffBigEndianMagic)) return DocumentFormat.Tiff;
        if (head.StartsWith(CompoundFile.Magic)) return CompoundFile.IdentifyOfficeDocument(content);
        if (head.StartsWith(ZipMagic)) return OfficePackage.Identify(content);
        return null;
    }
}
