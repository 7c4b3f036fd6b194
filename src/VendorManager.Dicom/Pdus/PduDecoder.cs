namespace VendorManager.Dicom.Pdus;

/// <summary>
/// Decodes PDUs. Strict about every length (an item may not run past its parent), tolerant of what
/// real peers vary: echoed AE titles and reserved bytes are not validated, unknown items and
/// sub-items are skipped, context ids may be in any order.
/// </summary>
public static class PduDecoder
{
    /// <summary>Decodes one complete PDU, header included; its declared length must match the bytes given.</summary>
    public static Pdu Decode(ReadOnlySpan<byte> pdu, uint advertisedMaxLength = 0)
    {
        var r = new BigEndianReader(pdu);
        var type = r.ReadByte("PDU type");
        r.Skip(1, "PDU reserved byte");
        var length = r.ReadUInt32("PDU length");
        CheckDeclaredLength(type, length, advertisedMaxLength);
        if (length != (uint)r.Remaining)
        {
            throw new DicomProtocolException($"PDU length field says {length} bytes but {r.Remaining} follow");
        }

        return DecodeBody(type, pdu[PduLimits.HeaderLength..]);
    }

    /// <summary>Rejects an unknown type or an over-long declared length before anything is allocated.</summary>
    public static void CheckDeclaredLength(byte type, uint length, uint advertisedMaxLength)
    {
        var max = PduLimits.MaxBodyLength(type, advertisedMaxLength)
            ?? throw new DicomProtocolException($"unknown PDU type 0x{type:X2}");
        if (length > max)
        {
            throw new DicomProtocolException(
                $"PDU type 0x{type:X2} declares length {length}, above the limit of {max}");
        }
    }

    /// <summary>Decodes a PDU's variable field (the bytes after the 6-byte header).</summary>
    public static Pdu DecodeBody(byte type, ReadOnlySpan<byte> body) => type switch
    {
        (byte)PduType.AssociateRequest => DecodeRequest(body),
        (byte)PduType.AssociateAccept => DecodeAccept(body),
        (byte)PduType.AssociateReject => DecodeFour(body, "A-ASSOCIATE-RJ", (_, a, b, c) => new AssociateRejectPdu(a, b, c)),
        (byte)PduType.PDataTransfer => DecodePData(body),
        (byte)PduType.ReleaseRequest => DecodeFour(body, "A-RELEASE-RQ", (_, _, _, _) => new ReleaseRequestPdu()),
        (byte)PduType.ReleaseResponse => DecodeFour(body, "A-RELEASE-RP", (_, _, _, _) => new ReleaseResponsePdu()),
        (byte)PduType.Abort => DecodeFour(body, "A-ABORT", (_, _, s, rsn) => new AbortPdu(s, rsn)),
        _ => throw new DicomProtocolException($"unknown PDU type 0x{type:X2}"),
    };

    private static Pdu DecodeFour(ReadOnlySpan<byte> body, string name, Func<byte, byte, byte, byte, Pdu> make)
    {
        if (body.Length != 4)
        {
            throw new DicomProtocolException($"{name} must have a 4-byte body, not {body.Length}");
        }

        return make(body[0], body[1], body[2], body[3]);
    }

    private static PDataTransferPdu DecodePData(ReadOnlySpan<byte> body)
    {
        var r = new BigEndianReader(body);
        var values = new List<Pdv>();
        while (r.Remaining > 0)
        {
            var itemLength = r.ReadUInt32("PDV item length");
            if (itemLength < 2)
            {
                throw new DicomProtocolException($"PDV item length {itemLength} is shorter than its 2-byte header");
            }

            if (itemLength > (uint)r.Remaining)
            {
                throw new DicomProtocolException($"PDV item length {itemLength} runs past the PDU ({r.Remaining} bytes left)");
            }

            var contextId = r.ReadByte("PDV presentation context id");
            var header = r.ReadByte("PDV message control header");
            if ((header & 0xFC) != 0)
            {
                throw new DicomProtocolException($"PDV message control header 0x{header:X2} has reserved bits set");
            }

            var data = r.ReadBytes((int)itemLength - 2, "PDV data").ToArray();
            values.Add(new Pdv(contextId, (header & 0x01) != 0, (header & 0x02) != 0, data));
        }

        if (values.Count == 0)
        {
            throw new DicomProtocolException("P-DATA-TF carries no PDV item");
        }

        return new PDataTransferPdu(values);
    }

    private static AssociateRequestPdu DecodeRequest(ReadOnlySpan<byte> body)
    {
        var a = DecodeAssociate(body, "A-ASSOCIATE-RQ", 0x20, DecodeProposal);
        return new AssociateRequestPdu(a.Called, a.Calling, a.ApplicationContext, a.PresentationContexts, a.UserInformation, a.Version);
    }

    private static AssociateAcceptPdu DecodeAccept(ReadOnlySpan<byte> body)
    {
        var a = DecodeAssociate(body, "A-ASSOCIATE-AC", 0x21, DecodeAnswer);
        return new AssociateAcceptPdu(a.Called, a.Calling, a.ApplicationContext, a.PresentationContexts, a.UserInformation, a.Version);
    }

    /// <summary>
    /// A-ASSOCIATE-RQ and -AC share their layout; only the presentation context item differs
    /// (0x20 proposals in a request, 0x21 answers in an accept). Unknown items are skipped:
    /// PS3.8 9.3.1 lets the receiver ignore them.
    /// </summary>
    private static AssociateFields<TContext> DecodeAssociate<TContext>(
        ReadOnlySpan<byte> body, string name, byte contextItemType, Func<ReadOnlySpan<byte>, TContext> decodeContext)
    {
        var r = new BigEndianReader(body);
        var (version, called, calling) = ReadFixedPart(ref r);
        string? appContext = null;
        var contexts = new List<TContext>();
        UserInformation? user = null;
        while (r.Remaining > 0)
        {
            var itemType = ReadItem(ref r, out var item);
            if (itemType == 0x10)
            {
                appContext = BigEndianReader.TrimmedAscii(item);
            }
            else if (itemType == contextItemType)
            {
                contexts.Add(decodeContext(item));
            }
            else if (itemType == 0x50)
            {
                user = DecodeUserInformation(item);
            }
        }

        return new AssociateFields<TContext>(
            version,
            called,
            calling,
            appContext ?? throw new DicomProtocolException($"{name} has no application context item"),
            contexts,
            user ?? throw new DicomProtocolException($"{name} has no user information item"));
    }

    /// <summary>Protocol version, reserved, called AE, calling AE, 32 reserved bytes: 68 bytes echoed back by the acceptor.</summary>
    private static (ushort Version, string Called, string Calling) ReadFixedPart(ref BigEndianReader r)
    {
        var version = r.ReadUInt16("protocol version");
        r.Skip(2, "reserved");
        var called = r.ReadAscii(16, "called AE title");
        var calling = r.ReadAscii(16, "calling AE title");
        r.Skip(32, "reserved");
        return (version, called, calling);
    }

    private static byte ReadItem(ref BigEndianReader r, out ReadOnlySpan<byte> value)
    {
        var type = r.ReadByte("item type");
        r.Skip(1, "item reserved byte");
        var length = r.ReadUInt16("item length");
        value = r.ReadBytes(length, $"item 0x{type:X2} value");
        return type;
    }

    private static PresentationContextProposal DecodeProposal(ReadOnlySpan<byte> item)
    {
        var r = new BigEndianReader(item);
        var id = r.ReadByte("presentation context id");
        r.Skip(3, "presentation context reserved bytes");
        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>();
        while (r.Remaining > 0)
        {
            var subType = ReadItem(ref r, out var value);
            if (subType == 0x30)
            {
                abstractSyntax = BigEndianReader.TrimmedAscii(value);
            }
            else if (subType == 0x40)
            {
                transferSyntaxes.Add(BigEndianReader.TrimmedAscii(value));
            }
        }

        return new PresentationContextProposal(
            id,
            abstractSyntax ?? throw new DicomProtocolException($"presentation context {id} has no abstract syntax"),
            transferSyntaxes);
    }

    private static PresentationContextAnswer DecodeAnswer(ReadOnlySpan<byte> item)
    {
        var r = new BigEndianReader(item);
        var id = r.ReadByte("presentation context id");
        r.Skip(1, "reserved"); // some peers put 0xFF here
        var result = r.ReadByte("presentation context result");
        r.Skip(1, "reserved");
        string? transferSyntax = null;
        while (r.Remaining > 0)
        {
            var subType = ReadItem(ref r, out var value);
            if (subType == 0x40)
            {
                transferSyntax = BigEndianReader.TrimmedAscii(value);
            }
        }

        return new PresentationContextAnswer(id, result, transferSyntax);
    }

    private static UserInformation DecodeUserInformation(ReadOnlySpan<byte> item)
    {
        var r = new BigEndianReader(item);
        uint? maxLength = null;
        string? uid = null;
        string? version = null;
        while (r.Remaining > 0)
        {
            var subType = ReadItem(ref r, out var value);
            switch (subType)
            {
                case 0x51:
                    if (value.Length != 4)
                    {
                        throw new DicomProtocolException($"maximum length sub-item has length {value.Length}, not 4");
                    }

                    maxLength = (uint)(value[0] << 24 | value[1] << 16 | value[2] << 8 | value[3]);
                    break;
                case 0x52:
                    uid = BigEndianReader.TrimmedAscii(value);
                    break;
                case 0x55:
                    version = BigEndianReader.TrimmedAscii(value);
                    break;
                default:
                    break; // asynchronous operations, role selection, extended negotiation, user identity...
            }
        }

        return new UserInformation(maxLength, uid, version);
    }

    private readonly record struct AssociateFields<TContext>(
        ushort Version,
        string Called,
        string Calling,
        string ApplicationContext,
        IReadOnlyList<TContext> PresentationContexts,
        UserInformation UserInformation);
}
