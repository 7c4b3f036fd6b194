namespace VendorManager.TestBase.Dicom;

public sealed class StorescpFixture() : PeerFixture<StorescpPeer>(new StorescpPeer())
{
    public const string AeTitle = StorescpPeer.DefaultAeTitle;
}
