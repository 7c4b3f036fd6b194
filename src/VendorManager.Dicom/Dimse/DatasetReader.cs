using System.Buffers.Binary;

namespace VendorManager.Dicom.Dimse;

/// <summary>
/// Reads the top-level elements of a little-endian data set. Sequences (defined or undefined
/// length) are walked and skipped, nested at most <see cref="MaxDepth"/> deep. Every length is
/// checked against the bytes that remain, so malformed input raises <see cref="DicomProtocolException"/>.
/// </summary>
public static class DatasetReader
{
    public const int MaxDepth = 16;

    private const uint Undefined = 0xFFFF_FFFF;

    /// <summary>VRs whose Explicit VR header has 2 reserved bytes and a 4-byte length (PS3.5 7.1.2).</summary>
    private static bool HasLongLength(string vr) => vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV";

    public static IReadOnlyList<DicomElement> Read(ReadOnlyMemory<byte> data, bool explicitVr)
    {
        var elements = new List<DicomElement>();
        var position = 0;
        ReadElements(data, ref position, explicitVr, depth: 0, untilItemDelimiter: false, elements);
        return elements;
    }

    private static void ReadElements(ReadOnlyMemory<byte> data, ref int position, bool explicitVr, int depth, bool untilItemDelimiter, List<DicomElement>? collect)
    {
        if (depth > MaxDepth)
        {
            throw new DicomProtocolException($"data set nests sequences deeper than {MaxDepth}");
        }

        var span = data.Span;
        while (position < span.Length)
        {
            var tag = ReadTag(span, ref position);
            if (tag == DicomTags.ItemDelimitation)
            {
                Need(span, position, 4, "item delimitation length");
                position += 4;
                if (!untilItemDelimiter)
                {
                    throw new DicomProtocolException("item delimitation item outside an item");
                }

                return;
            }

            if ((tag >> 16) == 0xFFFE)
            {
                throw new DicomProtocolException($"unexpected delimiter {DicomTags.Format(tag)} among elements");
            }

            string? vr = null;
            uint length;
            if (explicitVr)
            {
                Need(span, position, 2, $"VR of {DicomTags.Format(tag)}");
                vr = string.Create(2, (span[position], span[position + 1]), static (c, v) => { c[0] = (char)v.Item1; c[1] = (char)v.Item2; });
                if (!char.IsAsciiLetterUpper(vr[0]) || !char.IsAsciiLetterUpper(vr[1]))
                {
                    throw new DicomProtocolException($"element {DicomTags.Format(tag)} has an invalid VR");
                }

                position += 2;
                if (HasLongLength(vr))
                {
                    Need(span, position, 6, $"length of {DicomTags.Format(tag)}");
                    length = BinaryPrimitives.ReadUInt32LittleEndian(span[(position + 2)..]);
                    position += 6;
                }
                else
                {
                    Need(span, position, 2, $"length of {DicomTags.Format(tag)}");
                    length = BinaryPrimitives.ReadUInt16LittleEndian(span[position..]);
                    position += 2;
                }
            }
            else
            {
                Need(span, position, 4, $"length of {DicomTags.Format(tag)}");
                length = BinaryPrimitives.ReadUInt32LittleEndian(span[position..]);
                position += 4;
            }

            if (length == Undefined)
            {
                if (vr is not (null or "SQ" or "UN" or "OB" or "OW"))
                {
                    throw new DicomProtocolException($"element {DicomTags.Format(tag)} with VR {vr} has undefined length");
                }

                SkipUndefinedSequence(data, ref position, explicitVr, depth + 1);
                continue;
            }

            Need(span, position, length, $"value of {DicomTags.Format(tag)}");
            collect?.Add(new DicomElement(tag, vr, data.Slice(position, (int)length)));
            position += (int)length;
        }

        if (untilItemDelimiter)
        {
            throw new DicomProtocolException("item of undefined length ends without an item delimitation");
        }
    }

    private static void SkipUndefinedSequence(ReadOnlyMemory<byte> data, ref int position, bool explicitVr, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new DicomProtocolException($"data set nests sequences deeper than {MaxDepth}");
        }

        var span = data.Span;
        while (true)
        {
            var tag = ReadTag(span, ref position);
            Need(span, position, 4, "item length");
            var length = BinaryPrimitives.ReadUInt32LittleEndian(span[position..]);
            position += 4;
            if (tag == DicomTags.SequenceDelimitation)
            {
                return;
            }

            if (tag != DicomTags.Item)
            {
                throw new DicomProtocolException($"expected an item in a sequence but found {DicomTags.Format(tag)}");
            }

            if (length == Undefined)
            {
                ReadElements(data, ref position, explicitVr, depth + 1, untilItemDelimiter: true, collect: null);
            }
            else
            {
                Need(span, position, length, "item value");
                position += (int)length;
            }
        }
    }

    private static uint ReadTag(ReadOnlySpan<byte> span, ref int position)
    {
        Need(span, position, 4, "tag");
        var group = BinaryPrimitives.ReadUInt16LittleEndian(span[position..]);
        var element = BinaryPrimitives.ReadUInt16LittleEndian(span[(position + 2)..]);
        position += 4;
        return (uint)group << 16 | element;
    }

    private static void Need(ReadOnlySpan<byte> span, int position, long count, string what)
    {
        if (count > span.Length - position)
        {
            throw new DicomProtocolException($"{what}: needs {count} bytes at offset {position} but only {span.Length - position} remain");
        }
    }
}
