
namespace VendorManager.Dicom.Tests.Peers;

public sealed class OrthancTests(OrthancFixture orthanc) : IClassFixture<OrthancFixture>
{
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Echo_And_Read_The_Toolkit_Identity_Orthanc_Answers_With()
    {
        var result = await client.EchoAsync(orthanc.Options());

        PeerAssertions.Succeeded(result);
        // Orthanc is built on DCMTK: the association names the toolkit, not Orthanc.
        PeerAssertions.IdentifiedAsDcmtk(result);
    }

    [Fact]
    public async Task Should_Find_The_Stored_Study()
    {
        var result = await client.FindStudiesAsync(orthanc.Options(), new StudyQuery { StudyInstanceUid = TestStudy.StudyInstanceUid });

        PeerAssertions.Succeeded(result);
        var match = Assert.Single(result.Matches);
        Assert.Equal(TestStudy.StudyInstanceUid, match.StudyInstanceUid);
        Assert.Equal(TestStudy.PatientId, match.PatientId);
        Assert.Equal(TestStudy.PatientName, match.PatientName);
    }

    [Fact]
    public async Task Should_Run_The_Deep_Probe_With_No_Match()
    {
        await PeerAssertions.DeepProbeMatchesNothingAsync(client, orthanc.Options());
    }

    [Fact]
    public async Task Should_Report_Wrong_Called_Ae_As_Permanent_Service_User_Rejection()
    {
        var result = await client.EchoAsync(orthanc.Options("WRONGAE"));

        PeerAssertions.RejectedForCalledAe(result);
    }

    [Fact]
    public async Task Should_Measure_Echo_Without_The_44ms_Delayed_Ack_Artefact()
    {
        await PeerAssertions.EchoesWithoutDelayedAckStallAsync(client, orthanc.Options());
    }
}
