namespace VendorManager.Documents;

/// <summary>
/// The refusals of an upload's file, built in one place because the API's request limits and the
/// application's checks must answer alike: same code, field, status and wording.
/// </summary>
public static class DocumentRefusals
{
    /// <summary>The form field the file travels in; errors about the content are reported on it.</summary>
    public const string FileField = "File";

    public static BusinessException TooLarge(long maxBytes)
        => new(DocumentErrorCodes.FileTooLarge, $"The file is larger than the {DescribeSize(maxBytes)} allowed for a document.", FileField,
            BusinessErrorKind.TooLarge);

    public static BusinessException Empty() => new(DocumentErrorCodes.FileEmpty, "The file is empty.", FileField);

    public static BusinessException Missing() => new(DocumentErrorCodes.FileRequired, "Attach the document as the form field 'file'.", FileField);

    public static BusinessException FormatNotAllowed() => new(DocumentErrorCodes.ContentTypeNotAllowed,
        $"The file's content is not one of the accepted formats ({DocumentFormat.AllowedNames}); its name and declared type are not taken into account.",
        FileField, BusinessErrorKind.UnsupportedContent);

    /// <summary>"25 MB", "1.5 MB", "4 KB": sizes as people read them (binary units, as file managers show them).</summary>
    public static string DescribeSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
