using System.Globalization;
using System.Text;

namespace VendorManager.Documents;

/// <summary>
/// Makes an uploader's file name safe to show and to offer in a Content-Disposition header. It is
/// never used as a path: the content is stored under the document's id, so this only keeps names
/// readable and free of tricks (directories, control characters, right-to-left overrides that make
/// "invoice‮fdp.exe" look like a PDF, quotes and line breaks that would break a header).
/// </summary>
public static class DocumentFileName
{
    /// <summary>Longest extension kept whole when a long name is shortened.</summary>
    private const int MaxExtensionLength = 16;
    private const string Unsafe = "\"*:<>?|";
    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Sanitize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return DocumentConsts.FallbackFileName;
        // Some browsers send the whole client path; an attacker sends ../ — either way only the last part is a name.
        var leaf = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(leaf.Length);
        foreach (var rune in leaf.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsInvisibleOrControl(rune)) continue;
            if (Rune.IsWhiteSpace(rune)) kept.Append(' ');
            else if (rune.IsAscii && Unsafe.Contains((char)rune.Value, StringComparison.Ordinal)) kept.Append('_');
            else kept.Append(rune.ToString());
        }
        // Leading dots hide a file on Unix; Windows drops trailing dots and spaces on its own.
        var cleaned = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length == 0) return DocumentConsts.FallbackFileName;
        if (WindowsDeviceNames.Contains(Path.GetFileNameWithoutExtension(cleaned))) cleaned = "_" + cleaned;
        return Shorten(cleaned, DocumentConsts.MaxFileNameLength);
    }

    /// <summary>
    /// <paramref name="fileName"/> ending in an extension of <paramref name="format"/>: a PDF uploaded as
    /// "scan.exe" is offered as "scan.exe.pdf", so nothing opens it as what its name claimed.
    /// </summary>
    public static string WithExtension(string fileName, DocumentFormat format)
    {
        var extension = Path.GetExtension(fileName);
        if (format.ExtensionAliases.Contains(extension, StringComparer.OrdinalIgnoreCase)) return fileName;
        var stem = Shorten(fileName, DocumentConsts.MaxFileNameLength - format.Extension.Length, keepExtension: false);
        return stem + format.Extension;
    }

    private static bool IsInvisibleOrControl(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Shorten(string name, int maxLength, bool keepExtension = true)
    {
        if (name.Length <= maxLength) return name;
        var extension = keepExtension ? Path.GetExtension(name) : "";
        if (extension.Length > MaxExtensionLength) extension = "";
        var stem = name[..(maxLength - extension.Length)];
        // Never leave half of a surrogate pair at the cut.
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem.TrimEnd('.', ' ') + extension;
    }
}
