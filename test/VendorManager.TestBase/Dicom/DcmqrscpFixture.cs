namespace VendorManager.TestBase.Dicom;

/// <summary>dcmqrscp holding the one <see cref="TestStudy"/>, stored through storescu once it answers.</summary>
public sealed class DcmqrscpFixture() : PeerFixture<DcmqrscpPeer>(new DcmqrscpPeer())
{
    public const string AeTitle = DcmqrscpPeer.DefaultAeTitle;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Peer.StoreTestStudyAsync();
    }
}
