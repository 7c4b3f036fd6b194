namespace VendorManager.Dicom;

/// <summary>
/// How VendorManager names itself in every A-ASSOCIATE-RQ, so a PACS log shows who connected.
/// The root is a UUID-derived UID (PS3.5 B.2) generated once for this project; everything we
/// issue lives under it.
/// </summary>
public static class DicomImplementation
{
    /// <summary>VendorManager's UID root: 2.25 followed by the decimal form of one UUID.</summary>
    public const string UidRoot = "2.25.108443375222972549645877958239150635998";

    /// <summary>Implementation Class UID sent in user information sub-item 0x52.</summary>
    public const string ClassUid = UidRoot + ".1";

    /// <summary>Implementation Version Name (sub-item 0x55, at most 16 characters): product and version 0.1.0.</summary>
    public const string VersionName = "VENDORMGR_010";

    /// <summary>Calling AE title used when the caller does not give one.</summary>
    public const string DefaultCallingAe = "VENDORMGR";

    /// <summary>A fresh UID under our root for a query that must match nothing (the deep probe).</summary>
    public static string NewUid() =>
        UidRoot + ".9." + new System.Numerics.BigInteger(Guid.NewGuid().ToByteArray(), isUnsigned: true).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
