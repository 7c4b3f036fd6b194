using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace VendorManager.Dicom.Dimse;

/// <summary>
/// Writes little-endian data elements in ascending tag order, in Implicit or Explicit VR (PS3.5 7.1).
/// Only the short-length VRs that commands and query identifiers use are supported.
/// </summary>
internal sealed class DatasetWriter
{
    private readonly ArrayBufferWriter<byte> output = new(256);
    private readonly bool explicitVr;
    private uint lastTag;
    private bool any;

    public DatasetWriter(bool explicitVr)
    {
        this.explicitVr = explicitVr;
    }

    public int Length => output.WrittenCount;

    public ReadOnlyMemory<byte> Written => output.WrittenMemory;

    /// <summary>Strings are padded to even length: UI with NUL, the others with a space (PS3.5 6.2).</summary>
    public void WriteString(uint tag, string vr, string? value)
    {
        var bytes = Encoding.ASCII.GetBytes(value ?? string.Empty);
        var padded = bytes.Length + (bytes.Length & 1);
        WriteHeader(tag, vr, padded);
        output.Write(bytes);
        if (padded != bytes.Length)
        {
            output.Write(vr == "UI" ? [(byte)0] : [(byte)' ']);
        }
    }

    public void WriteUInt16(uint tag, ushort value)
    {
        WriteHeader(tag, "US", 2);
        BinaryPrimitives.WriteUInt16LittleEndian(output.GetSpan(2), value);
        output.Advance(2);
    }

    public void WriteUInt32(uint tag, uint value)
    {
        WriteHeader(tag, "UL", 4);
        BinaryPrimitives.WriteUInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    private void WriteHeader(uint tag, string vr, int length)
    {
        if (any && tag <= lastTag)
        {
            throw new InvalidOperationException($"tag {DicomTags.Format(tag)} written out of ascending order");
        }

        any = true;
        lastTag = tag;
        var span = output.GetSpan(8);
        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)(tag >> 16));
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], (ushort)tag);
        if (explicitVr)
        {
            span[4] = (byte)vr[0];
            span[5] = (byte)vr[1];
            BinaryPrimitives.WriteUInt16LittleEndian(span[6..], checked((ushort)length));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)length);
        }

        output.Advance(8);
    }
}
