using System.Buffers.Binary;

namespace VendorManager.Documents.Detection;

/// <summary>
/// Reads the entry count from a ZIP's end-of-central-directory record before any archive reader
/// builds an object per entry: a small file can claim a huge directory.
/// </summary>
internal static class ZipEndRecord
{
    private const int RecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;
    private static ReadOnlySpan<byte> Signature => [0x50, 0x4B, 0x05, 0x06];

    /// <summary>The total number of entries, or null when there is no record or the archive needs ZIP64 (no office file here does).</summary>
    public static int? EntryCount(Stream content)
    {
        var tailLength = (int)Math.Min(content.Length, RecordLength + MaxCommentLength);
        if (tailLength < RecordLength) return null;
        var tail = new byte[tailLength];
        content.Position = content.Length - tailLength;
        content.ReadExactly(tail);
        for (var at = tailLength - RecordLength; at >= 0; at--)
        {
            if (!tail.AsSpan(at).StartsWith(Signature)) continue;
            var total = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            return total == ushort.MaxValue ? null : total;
        }
        return null;
    }
}
