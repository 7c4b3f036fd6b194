using System.Buffers.Binary;
using System.Text;

namespace VendorManager.Dicom.Pdus;

/// <summary>
/// Bounds-checked reader over PDU bytes (PS3.8 fields are big endian). Every overrun becomes a
/// <see cref="DicomProtocolException"/> naming the field, never an IndexOutOfRangeException.
/// </summary>
internal ref struct BigEndianReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    public BigEndianReader(ReadOnlySpan<byte> data)
    {
        this.data = data;
        position = 0;
    }

    public readonly int Remaining => data.Length - position;

    public readonly int Position => position;

    public byte ReadByte(string field)
    {
        Need(1, field);
        return data[position++];
    }

    public ushort ReadUInt16(string field)
    {
        Need(2, field);
        var value = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position, 2));
        position += 2;
        return value;
    }

    public uint ReadUInt32(string field)
    {
        Need(4, field);
        var value = BinaryPrimitives.ReadUInt32BigEndian(data.Slice(position, 4));
        position += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count, string field)
    {
        Need(count, field);
        var slice = data.Slice(position, count);
        position += count;
        return slice;
    }

    public void Skip(int count, string field) => ReadBytes(count, field);

    /// <summary>AE titles and UIDs are ASCII, padded with spaces or NULs that carry no meaning.</summary>
    public string ReadAscii(int count, string field) => TrimmedAscii(ReadBytes(count, field));

    public static string TrimmedAscii(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        while (end > 0 && (bytes[end - 1] == 0 || bytes[end - 1] == (byte)' '))
        {
            end--;
        }

        var start = 0;
        while (start < end && bytes[start] == (byte)' ')
        {
            start++;
        }

        return Encoding.ASCII.GetString(bytes[start..end]);
    }

    private readonly void Need(int count, string field)
    {
        if (count < 0 || count > data.Length - position)
        {
            throw new DicomProtocolException(
                $"{field}: needs {count} bytes at offset {position} but only {data.Length - position} remain");
        }
    }
}
