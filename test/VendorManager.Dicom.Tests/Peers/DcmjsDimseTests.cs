namespace VendorManager.Dicom.Tests.Peers;

public sealed class DcmjsDimseTests(DcmjsDimseFixture dcmjs) : IClassFixture<DcmjsDimseFixture>
{
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Echo_And_Read_An_Identity_That_Is_Not_Dcmtk()
    {
        var result = await client.EchoAsync(dcmjs.Options());

        PeerAssertions.Succeeded(result);
        Assert.Equal("1.2.826.0.1.3680043.10.854", result.Peer!.ImplementationClassUid);
        Assert.Equal("DCMJS-DIMSE-V0.2", result.Peer.ImplementationVersionName);
        Assert.NotEqual(PeerAssertions.DcmtkClassUid, result.Peer.ImplementationClassUid);
    }

    [Fact]
    public async Task Should_Find_The_Study_The_Script_Returns()
    {
        var result = await client.FindStudiesAsync(dcmjs.Options(), StudyQuery.All);

        PeerAssertions.Succeeded(result);
        var match = Assert.Single(result.Matches);
        Assert.Equal("DCMJS01", match.PatientId);
        Assert.Equal("DCMJS^PEER", match.PatientName);
        Assert.Equal("1.2.826.0.1.3680043.10.854.1", match.StudyInstanceUid);
    }
}
