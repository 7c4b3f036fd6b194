namespace VendorManager.Dicom.Pdus;

/// <summary>Encodes PDUs into one contiguous array each, ready for a single socket write.</summary>
public static class PduEncoder
{
    private const byte ApplicationContextItem = 0x10;
    private const byte PresentationContextRqItem = 0x20;
    private const byte PresentationContextAcItem = 0x21;
    private const byte AbstractSyntaxItem = 0x30;
    private const byte TransferSyntaxItem = 0x40;
    private const byte UserInformationItem = 0x50;
    private const byte MaxLengthSubItem = 0x51;
    private const byte ImplementationClassSubItem = 0x52;
    private const byte ImplementationVersionSubItem = 0x55;

    public static byte[] Encode(Pdu pdu) => pdu switch
    {
        AssociateRequestPdu rq => EncodeAssociation(rq.Type, rq.ProtocolVersion, rq.CalledAe, rq.CallingAe, rq.ApplicationContext, b =>
        {
            foreach (var pc in rq.PresentationContexts)
            {
                b.WriteByte(PresentationContextRqItem);
                b.WriteByte(0);
                var at = b.BeginUInt16Length();
                b.WriteByte(pc.Id);
                b.WriteZeros(3);
                b.WriteStringItem(AbstractSyntaxItem, pc.AbstractSyntax);
                foreach (var ts in pc.TransferSyntaxes)
                {
                    b.WriteStringItem(TransferSyntaxItem, ts);
                }

                b.EndUInt16Length(at);
            }
        }, rq.UserInformation),
        AssociateAcceptPdu ac => EncodeAssociation(ac.Type, ac.ProtocolVersion, ac.CalledAe, ac.CallingAe, ac.ApplicationContext, b =>
        {
            foreach (var pc in ac.PresentationContexts)
            {
                b.WriteByte(PresentationContextAcItem);
                b.WriteByte(0);
                var at = b.BeginUInt16Length();
                b.WriteByte(pc.Id);
                b.WriteByte(0);
                b.WriteByte(pc.Result);
                b.WriteByte(0);
                if (pc.TransferSyntax is not null)
                {
                    b.WriteStringItem(TransferSyntaxItem, pc.TransferSyntax);
                }

                b.EndUInt16Length(at);
            }
        }, ac.UserInformation),
        AssociateRejectPdu rj => Fixed(rj.Type, 0, rj.Result, rj.Source, rj.Reason),
        ReleaseRequestPdu => Fixed(PduType.ReleaseRequest, 0, 0, 0, 0),
        ReleaseResponsePdu => Fixed(PduType.ReleaseResponse, 0, 0, 0, 0),
        AbortPdu ab => Fixed(ab.Type, 0, 0, ab.Source, ab.Reason),
        PDataTransferPdu pd => EncodePData(pd.Values),
        _ => throw new ArgumentException($"cannot encode {pdu.GetType().Name}", nameof(pdu)),
    };

    /// <summary>A P-DATA-TF with the given PDVs; the Message Control Header carries command/last bits (PS3.8 E.2).</summary>
    public static byte[] EncodePData(IReadOnlyList<Pdv> values)
    {
        var size = PduLimits.HeaderLength;
        foreach (var v in values)
        {
            size += 6 + v.Data.Length;
        }

        var b = new PduBuilder(size);
        b.WriteByte((byte)PduType.PDataTransfer);
        b.WriteByte(0);
        var at = b.BeginUInt32Length();
        foreach (var v in values)
        {
            b.WriteUInt32((uint)(v.Data.Length + 2));
            b.WriteByte(v.PresentationContextId);
            b.WriteByte((byte)((v.IsCommand ? 0x01 : 0x00) | (v.IsLastFragment ? 0x02 : 0x00)));
            b.WriteBytes(v.Data.Span);
        }

        b.EndUInt32Length(at);
        return b.ToArray();
    }

    private static byte[] Fixed(PduType type, byte b1, byte b2, byte b3, byte b4) =>
        [(byte)type, 0, 0, 0, 0, 4, b1, b2, b3, b4];

    private static byte[] EncodeAssociation(
        PduType type,
        ushort protocolVersion,
        string calledAe,
        string callingAe,
        string applicationContext,
        Action<PduBuilder> writeContexts,
        UserInformation user)
    {
        var b = new PduBuilder(512);
        b.WriteByte((byte)type);
        b.WriteByte(0);
        var at = b.BeginUInt32Length();
        b.WriteUInt16(protocolVersion);
        b.WriteZeros(2);
        b.WriteAeTitle(calledAe);
        b.WriteAeTitle(callingAe);
        b.WriteZeros(32);
        b.WriteStringItem(ApplicationContextItem, applicationContext);
        writeContexts(b);
        b.WriteByte(UserInformationItem);
        b.WriteByte(0);
        var userAt = b.BeginUInt16Length();
        if (user.MaxLength is { } max)
        {
            b.WriteByte(MaxLengthSubItem);
            b.WriteByte(0);
            b.WriteUInt16(4);
            b.WriteUInt32(max);
        }

        if (user.ImplementationClassUid is { } uid)
        {
            b.WriteStringItem(ImplementationClassSubItem, uid);
        }

        if (user.ImplementationVersionName is { } name)
        {
            b.WriteStringItem(ImplementationVersionSubItem, name);
        }

        b.EndUInt16Length(userAt);
        b.EndUInt32Length(at);
        return b.ToArray();
    }
}
