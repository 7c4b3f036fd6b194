namespace VendorManager.Dicom;

/// <summary>
/// What the peer said about itself in its A-ASSOCIATE-AC. This names the DICOM toolkit, not the
/// product (Orthanc answers as DCMTK), so product versions need an out-of-band source too.
/// </summary>
/// <param name="MaxPduLength">The peer's Maximum Length; 0 means unlimited, null means it sent none.</param>
public sealed record PeerIdentity(
    string? ImplementationClassUid,
    string? ImplementationVersionName,
    uint? MaxPduLength,
    string RespondingAe);
