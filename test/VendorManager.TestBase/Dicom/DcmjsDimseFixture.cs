namespace VendorManager.TestBase.Dicom;

public sealed class DcmjsDimseFixture() : PeerFixture<DcmjsDimsePeer>(new DcmjsDimsePeer())
{
    public const string AeTitle = DcmjsDimsePeer.DefaultAeTitle;
}
