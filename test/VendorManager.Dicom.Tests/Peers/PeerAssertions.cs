namespace VendorManager.Dicom.Tests.Peers;

/// <summary>Checks shared by the real-peer tests.</summary>
internal static class PeerAssertions
{
    public const string DcmtkClassUid = "1.2.276.0.7230010.3.0.3.6.7";
    public const string DcmtkVersionName = "OFFIS_DCMTK_367";

    public static void Succeeded(DicomOperationResult result)
    {
        Assert.True(result.IsSuccess, $"{result.Outcome} in {result.FailedStage}: {result.Reason}");
        Assert.Null(result.FailedStage);
        Assert.NotNull(result.Timings.Connect);
        Assert.NotNull(result.Timings.Associate);
        Assert.NotNull(result.Timings.Dimse);
        Assert.NotNull(result.Timings.Release);
        Assert.Equal((ushort?)0x0000, result.DimseStatus);
    }

    /// <summary>16384 is storescp's default maximum PDU; the dcmqrscp and Orthanc fixtures configure the same.</summary>
    public static void IdentifiedAsDcmtk(DicomOperationResult result)
    {
        Assert.NotNull(result.Peer);
        Assert.Equal(DcmtkClassUid, result.Peer.ImplementationClassUid);
        Assert.Equal(DcmtkVersionName, result.Peer.ImplementationVersionName);
        Assert.Equal(16384u, result.Peer.MaxPduLength);
    }

    public static async Task<FindResult> DeepProbeMatchesNothingAsync(DicomClient client, DicomAssociationOptions options)
    {
        var result = await client.FindStudiesAsync(options, StudyQuery.DeepProbe());
        Succeeded(result);
        Assert.Equal(0, result.MatchCount);
        return result;
    }

    /// <summary>A peer with Nagle on would make every response wait ~44 ms for our ACK if TCP_QUICKACK were missing.</summary>
    public static async Task EchoesWithoutDelayedAckStallAsync(DicomClient client, DicomAssociationOptions options)
    {
        var median = await MedianEchoDimseMsAsync(client, options, 15);
        Assert.True(median < 20, $"median C-ECHO DIMSE time {median:0.000} ms looks like the delayed-ACK stall");
    }

    public static void RejectedForCalledAe(DicomOperationResult result)
    {
        Assert.Equal(DicomOutcome.Rejected, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.NotNull(result.Rejection);
        Assert.True(result.Rejection.IsPermanent);
        Assert.Equal("permanent", result.Rejection.ResultText);
        Assert.Equal("service user", result.Rejection.SourceText);
        Assert.Equal("called AE title not recognized", result.Rejection.ReasonText);
        Assert.Contains("called AE title not recognized", result.Reason);
    }

    /// <summary>The median over several echoes, so one scheduler hiccup on a 2-core machine does not decide.</summary>
    private static async Task<double> MedianEchoDimseMsAsync(DicomClient client, DicomAssociationOptions options, int count)
    {
        var samples = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var r = await client.EchoAsync(options);
            Succeeded(r);
            samples.Add(r.Timings.Dimse!.Value.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }
}
