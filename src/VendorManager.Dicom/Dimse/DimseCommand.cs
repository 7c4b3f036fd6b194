using System.Buffers.Binary;

namespace VendorManager.Dicom.Dimse;

/// <summary>
/// A DIMSE command set (group 0000). Commands are always Implicit VR Little Endian whatever the
/// negotiated transfer syntax (PS3.7 6.3.1), with Command Group Length first.
/// </summary>
public sealed record DimseCommand(
    ushort Field,
    string? AffectedSopClassUid = null,
    ushort? MessageId = null,
    ushort? MessageIdBeingRespondedTo = null,
    ushort? Priority = null,
    ushort DataSetType = CommandField.NoDataSet,
    ushort? Status = null,
    string? ErrorComment = null)
{
    public bool HasDataSet => DataSetType != CommandField.NoDataSet;

    public byte[] Encode()
    {
        var body = new DatasetWriter(explicitVr: false);
        if (AffectedSopClassUid is not null)
        {
            body.WriteString(DicomTags.AffectedSopClassUid, "UI", AffectedSopClassUid);
        }

        body.WriteUInt16(DicomTags.CommandField, Field);
        if (MessageId is { } id)
        {
            body.WriteUInt16(DicomTags.MessageId, id);
        }

        if (MessageIdBeingRespondedTo is { } responded)
        {
            body.WriteUInt16(DicomTags.MessageIdBeingRespondedTo, responded);
        }

        if (Priority is { } priority)
        {
            body.WriteUInt16(DicomTags.Priority, priority);
        }

        body.WriteUInt16(DicomTags.CommandDataSetType, DataSetType);
        if (Status is { } status)
        {
            body.WriteUInt16(DicomTags.Status, status);
        }

        if (ErrorComment is not null)
        {
            body.WriteString(DicomTags.ErrorComment, "LO", ErrorComment);
        }

        var group = new DatasetWriter(explicitVr: false);
        group.WriteUInt32(DicomTags.CommandGroupLength, (uint)body.Length);
        var result = new byte[group.Length + body.Length];
        group.Written.CopyTo(result);
        body.Written.CopyTo(result.AsMemory(group.Length));
        return result;
    }

    public static DimseCommand Decode(ReadOnlyMemory<byte> bytes)
    {
        ushort? field = null;
        string? sopClass = null;
        ushort? messageId = null;
        ushort? respondedTo = null;
        ushort? priority = null;
        ushort? dataSetType = null;
        ushort? status = null;
        string? comment = null;
        foreach (var e in DatasetReader.Read(bytes, explicitVr: false))
        {
            if ((e.Tag >> 16) != 0)
            {
                throw new DicomProtocolException($"command set holds a non-command element {DicomTags.Format(e.Tag)}");
            }

            switch (e.Tag)
            {
                case DicomTags.AffectedSopClassUid: sopClass = DicomText.Decode(e.Value.Span, null); break;
                case DicomTags.CommandField: field = UInt16(e); break;
                case DicomTags.MessageId: messageId = UInt16(e); break;
                case DicomTags.MessageIdBeingRespondedTo: respondedTo = UInt16(e); break;
                case DicomTags.Priority: priority = UInt16(e); break;
                case DicomTags.CommandDataSetType: dataSetType = UInt16(e); break;
                case DicomTags.Status: status = UInt16(e); break;
                case DicomTags.ErrorComment: comment = DicomText.Decode(e.Value.Span, null); break;
                default: break;
            }
        }

        return new DimseCommand(
            field ?? throw new DicomProtocolException("command set has no Command Field (0000,0100)"),
            sopClass,
            messageId,
            respondedTo,
            priority,
            dataSetType ?? throw new DicomProtocolException("command set has no Command Data Set Type (0000,0800)"),
            status,
            comment);
    }

    private static ushort UInt16(DicomElement e)
    {
        if (e.Value.Length != 2)
        {
            throw new DicomProtocolException($"{DicomTags.Format(e.Tag)} should be a 2-byte US but has {e.Value.Length} bytes");
        }

        return BinaryPrimitives.ReadUInt16LittleEndian(e.Value.Span);
    }
}
