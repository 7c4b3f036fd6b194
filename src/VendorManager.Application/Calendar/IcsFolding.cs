using System.Text;

namespace VendorManager.Calendar;

/// <summary>
/// Folding of iCalendar content lines (RFC 5545, 3.1): at most 75 octets per line, a continuation
/// starting with one space. Ical.Net folds by octets but cuts between the two halves of a UTF-16
/// surrogate pair (an emoji in a vendor's name or a title), which the UTF-8 encoder then turns
/// into two replacement characters; text holding such a pair is folded again here, on code point
/// boundaries.
/// </summary>
public static class IcsFolding
{
    public const int MaxLineOctets = 75;

    /// <summary>Whether Ical.Net's folding may have cut a character in two.</summary>
    public static bool NeedsRefolding(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    /// <summary>Unfolds <paramref name="text"/> (CRLF-separated lines) and folds every line again without splitting a character.</summary>
    public static string Refold(string text)
    {
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var result = new StringBuilder(text.Length + 16);
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (result.Length > 0) result.Append("\r\n");
            AppendFolded(result, line);
        }
        return result.ToString();
    }

    private static void AppendFolded(StringBuilder result, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                result.Append("\r\n ");
                octets = 1;
            }
            result.Append(rune.ToString());
            octets += size;
        }
    }
}
