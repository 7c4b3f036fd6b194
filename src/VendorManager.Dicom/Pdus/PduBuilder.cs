using System.Buffers.Binary;
using System.Text;

namespace VendorManager.Dicom.Pdus;

/// <summary>
/// Grows one contiguous buffer for a PDU so it can be sent with a single socket write (a PDU
/// split across writes invites Nagle/delayed-ACK stalls on the peer side).
/// </summary>
internal sealed class PduBuilder
{
    private byte[] buffer;
    private int length;

    public PduBuilder(int capacity = 256)
    {
        buffer = new byte[capacity];
    }

    public int Length => length;

    public void WriteByte(byte value)
    {
        Ensure(1);
        buffer[length++] = value;
    }

    public void WriteUInt16(ushort value)
    {
        Ensure(2);
        BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(length), value);
        length += 2;
    }

    public void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(length), value);
        length += 4;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    public void WriteZeros(int count)
    {
        Ensure(count);
        buffer.AsSpan(length, count).Clear();
        length += count;
    }

    /// <summary>An AE title: 16 bytes, space padded (PS3.8 9.3.2).</summary>
    public void WriteAeTitle(string ae)
    {
        var bytes = Encoding.ASCII.GetBytes(ae);
        if (bytes.Length > 16)
        {
            throw new ArgumentException($"AE title '{ae}' is longer than 16 characters", nameof(ae));
        }

        WriteBytes(bytes);
        Ensure(16 - bytes.Length);
        buffer.AsSpan(length, 16 - bytes.Length).Fill((byte)' ');
        length += 16 - bytes.Length;
    }

    /// <summary>Reserves a 2-byte length to be patched once the item's content is written.</summary>
    public int BeginUInt16Length()
    {
        var at = length;
        WriteUInt16(0);
        return at;
    }

    public void EndUInt16Length(int at)
    {
        var itemLength = length - at - 2;
        if (itemLength > ushort.MaxValue)
        {
            throw new ArgumentException("PDU item longer than 65535 bytes");
        }

        BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(at), (ushort)itemLength);
    }

    public int BeginUInt32Length()
    {
        var at = length;
        WriteUInt32(0);
        return at;
    }

    public void EndUInt32Length(int at) =>
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(at), (uint)(length - at - 4));

    /// <summary>A UID or name item: type, reserved, 2-byte length, ASCII value (no padding).</summary>
    public void WriteStringItem(byte type, string value)
    {
        WriteByte(type);
        WriteByte(0);
        var at = BeginUInt16Length();
        WriteBytes(Encoding.ASCII.GetBytes(value));
        EndUInt16Length(at);
    }

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    private void Ensure(int extra)
    {
        if (length + extra <= buffer.Length)
        {
            return;
        }

        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
    }
}
