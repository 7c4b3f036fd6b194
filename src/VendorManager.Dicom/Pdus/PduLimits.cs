namespace VendorManager.Dicom.Pdus;

/// <summary>Bounds applied before any allocation so a declared length can never make us reserve memory.</summary>
public static class PduLimits
{
    /// <summary>Largest A-ASSOCIATE-RQ/AC we accept; real ones are a few hundred bytes.</summary>
    public const int MaxAssociationPduLength = 64 * 1024;

    /// <summary>Hard cap on a P-DATA-TF even when we advertised "unlimited" (Maximum Length 0).</summary>
    public const int MaxPDataLengthWhenUnlimited = 16 * 1024 * 1024;

    /// <summary>Header: type, reserved, 4-byte length.</summary>
    public const int HeaderLength = 6;

    /// <summary>
    /// The longest variable field we read for a PDU of this type, given the Maximum Length we advertised.
    /// Returns null for a PDU type we do not know, so the caller rejects it before reading its body.
    /// </summary>
    public static uint? MaxBodyLength(byte type, uint advertisedMaxLength) => type switch
    {
        (byte)PduType.AssociateRequest or (byte)PduType.AssociateAccept => MaxAssociationPduLength,
        (byte)PduType.AssociateReject or (byte)PduType.ReleaseRequest
            or (byte)PduType.ReleaseResponse or (byte)PduType.Abort => 4,
        (byte)PduType.PDataTransfer => advertisedMaxLength == 0
            ? MaxPDataLengthWhenUnlimited
            : Math.Min(advertisedMaxLength, (uint)MaxPDataLengthWhenUnlimited),
        _ => null,
    };
}
