
namespace VendorManager.Dicom.Tests.Peers;

public sealed class DcmqrscpTests(DcmqrscpFixture dcmqrscp) : IClassFixture<DcmqrscpFixture>
{
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Echo_And_Read_Dcmtk_Identity()
    {
        var result = await client.EchoAsync(dcmqrscp.Options());

        PeerAssertions.Succeeded(result);
        PeerAssertions.IdentifiedAsDcmtk(result);
    }

    [Fact]
    public async Task Should_Find_The_Loaded_Study()
    {
        var result = await client.FindStudiesAsync(dcmqrscp.Options(), new StudyQuery { PatientId = TestStudy.PatientId });

        PeerAssertions.Succeeded(result);
        Assert.Equal(DicomUids.ExplicitVrLittleEndian, result.AcceptedTransferSyntax);
        var match = Assert.Single(result.Matches);
        Assert.Equal(1, result.MatchCount);
        Assert.Equal(TestStudy.StudyInstanceUid, match.StudyInstanceUid);
        Assert.Equal(TestStudy.PatientName, match.PatientName);
        Assert.Equal(TestStudy.StudyDate, match.StudyDate);
        Assert.Equal(TestStudy.AccessionNumber, match.AccessionNumber);
        Assert.NotNull(result.TimeToFirstResponse);
        Assert.NotNull(result.TimeToFinalResponse);
    }

    [Fact]
    public async Task Should_Run_The_Deep_Probe_With_No_Match()
    {
        var result = await PeerAssertions.DeepProbeMatchesNothingAsync(client, dcmqrscp.Options());

        Assert.Empty(result.Matches);
        Assert.NotNull(result.TimeToFinalResponse);
    }

    [Fact]
    public async Task Should_Cancel_After_The_Requested_Number_Of_Matches()
    {
        var result = await client.FindStudiesAsync(dcmqrscp.Options(), StudyQuery.All, cancelAfter: 1);

        Assert.True(result.IsSuccess, result.Reason);
        Assert.True(result.CancelSent);
        Assert.True(result.MatchCount >= 1);
        Assert.Contains(result.DimseStatus, new ushort?[] { 0x0000, 0xFE00 });
    }

    [Fact]
    public async Task Should_Report_Wrong_Called_Ae_As_Permanent_Service_User_Rejection()
    {
        var result = await client.EchoAsync(dcmqrscp.Options("WRONGAE"));

        PeerAssertions.RejectedForCalledAe(result);
        Assert.Null(result.Peer);
    }

    [Fact]
    public async Task Should_Complete_256_Parallel_Associations_Without_Starvation()
    {
        var options = dcmqrscp.Options() with
        {
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AssociationTimeout = TimeSpan.FromSeconds(60),
            DimseTimeout = TimeSpan.FromSeconds(60),
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, 256).Select(i => i % 2 == 0
            ? client.EchoAsync(options).ContinueWith(t => (DicomOperationResult)t.Result, TaskScheduler.Default)
            : client.FindStudiesAsync(options, StudyQuery.DeepProbe()).ContinueWith(t => (DicomOperationResult)t.Result, TaskScheduler.Default)));

        var failures = results.Where(r => !r.IsSuccess).Select(r => $"{r.Outcome}: {r.Reason}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of 256 failed, first: {failures.FirstOrDefault()}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"256 associations took {clock.Elapsed}");
    }
}
