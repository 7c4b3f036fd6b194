using System.Text;

namespace VendorManager.Dicom.Dimse;

/// <summary>
/// Decodes string values by Specific Character Set. Only the common single-byte and UTF-8 sets
/// are mapped; anything else falls back to Latin-1, which never throws and keeps ASCII intact.
/// </summary>
public static class DicomText
{
    public static string Decode(ReadOnlySpan<byte> value, string? specificCharacterSet)
    {
        var end = value.Length;
        while (end > 0 && (value[end - 1] == 0 || value[end - 1] == (byte)' '))
        {
            end--;
        }

        var encoding = specificCharacterSet switch
        {
            "ISO_IR 192" => Encoding.UTF8,
            _ => Encoding.Latin1,
        };
        return encoding.GetString(value[..end]);
    }
}
