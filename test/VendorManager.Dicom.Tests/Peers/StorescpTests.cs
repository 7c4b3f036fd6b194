namespace VendorManager.Dicom.Tests.Peers;

public sealed class StorescpTests(StorescpFixture storescp) : IClassFixture<StorescpFixture>
{
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Echo_And_Read_Dcmtk_Identity()
    {
        var result = await client.EchoAsync(storescp.Options());

        PeerAssertions.Succeeded(result);
        PeerAssertions.IdentifiedAsDcmtk(result);
        Assert.Equal(DicomUids.ImplicitVrLittleEndian, result.AcceptedTransferSyntax);
        Assert.Equal(StorescpFixture.AeTitle, result.Peer!.RespondingAe);
    }

    [Fact]
    public async Task Should_Measure_Echo_Without_The_44ms_Delayed_Ack_Artefact()
    {
        await PeerAssertions.EchoesWithoutDelayedAckStallAsync(client, storescp.Options());
    }

    [Fact]
    public async Task Should_Report_No_Accepted_Context_When_Storescp_Refuses_Find()
    {
        var result = await client.FindStudiesAsync(storescp.Options(), StudyQuery.DeepProbe());

        Assert.Equal(DicomOutcome.NoAcceptedContext, result.Outcome);
        Assert.Contains("abstract syntax not supported", result.Reason);
        PeerAssertions.IdentifiedAsDcmtk(result);
        Assert.NotNull(result.Timings.Release);
    }

    [Fact]
    public async Task Should_Run_Repeated_Cycles_Back_To_Back()
    {
        for (var i = 0; i < 50; i++)
        {
            PeerAssertions.Succeeded(await client.EchoAsync(storescp.Options()));
        }
    }
}
