namespace VendorManager.TestBase.Dicom;

/// <summary>Orthanc (REST API open) holding the one <see cref="TestStudy"/>, stored through storescu once it answers.</summary>
public sealed class OrthancFixture() : PeerFixture<OrthancPeer>(new OrthancPeer())
{
    public const string AeTitle = OrthancPeer.DefaultAeTitle;

    public int HttpPort => Peer.HttpPort;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Peer.StoreTestStudyAsync();
    }
}
