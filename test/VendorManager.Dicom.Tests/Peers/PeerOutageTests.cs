namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// The shared peer launchers make real outages: a peer stopped and started again answers on the
/// same port, and a different implementation can take the port over in between.
/// </summary>
public sealed class PeerOutageTests
{
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Refuse_While_Stopped_And_Answer_Again_On_The_Same_Port_After_A_Restart()
    {
        await using var storescp = new StorescpPeer();
        await storescp.StartAsync();
        PeerAssertions.Succeeded(await client.EchoAsync(storescp.Options()));

        await storescp.StopAsync();
        var during = await client.EchoAsync(storescp.Options());
        Assert.Equal(DicomOutcome.ConnectionRefused, during.Outcome);

        await storescp.StartAsync();
        var after = await client.EchoAsync(storescp.Options());
        PeerAssertions.Succeeded(after);
        Assert.Equal(StorescpPeer.DefaultAeTitle, after.Peer!.RespondingAe);
    }

    [Fact]
    public async Task Should_Let_Another_Implementation_Take_Over_A_Stopped_Peers_Port()
    {
        await using var storescp = new StorescpPeer();
        await storescp.StartAsync();
        PeerAssertions.IdentifiedAsDcmtk(await client.EchoAsync(storescp.Options()));
        await storescp.StopAsync();

        await using (var dcmjs = new DcmjsDimsePeer(port: storescp.Port))
        {
            await dcmjs.StartAsync();
            var replaced = await client.EchoAsync(storescp.Options());
            PeerAssertions.Succeeded(replaced);
            Assert.NotEqual(PeerAssertions.DcmtkClassUid, replaced.Peer!.ImplementationClassUid);
        }

        await storescp.StartAsync();
        PeerAssertions.IdentifiedAsDcmtk(await client.EchoAsync(storescp.Options()));
    }

    [Fact]
    public async Task Should_Refuse_To_Start_A_Peer_On_A_Port_Another_Peer_Still_Holds()
    {
        await using var storescp = new StorescpPeer();
        await storescp.StartAsync();
        await using var intruder = new DcmjsDimsePeer(port: storescp.Port);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(intruder.StartAsync);

        Assert.Contains($"port {storescp.Port} is still taken", error.Message);
        Assert.False(intruder.IsRunning);
    }

    [Fact]
    public async Task Should_Keep_An_Orthancs_Studies_Across_A_Restart()
    {
        await using var orthanc = new OrthancPeer();
        await orthanc.StartAsync();
        await orthanc.StoreTestStudyAsync();

        await orthanc.RestartAsync();

        var result = await client.FindStudiesAsync(orthanc.Options(), new StudyQuery { StudyInstanceUid = TestStudy.StudyInstanceUid });
        PeerAssertions.Succeeded(result);
        Assert.Equal(TestStudy.PatientId, Assert.Single(result.Matches).PatientId);
    }
}
