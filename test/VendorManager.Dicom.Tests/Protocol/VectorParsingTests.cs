using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Tests.Protocol;

public sealed class VectorParsingTests
{
    public static TheoryData<string> AllVectors() => new(Vectors.All());

    [Theory]
    [MemberData(nameof(AllVectors))]
    public void Should_Parse_Every_Captured_Pdu_And_Reencode_It_To_The_Same_Length(string name)
    {
        var bytes = Vectors.Load(name);

        var pdu = PduDecoder.Decode(bytes, advertisedMaxLength: 65536);

        var expected = name switch
        {
            _ when name.Contains("associate_rq") => PduType.AssociateRequest,
            _ when name.Contains("associate_ac") => PduType.AssociateAccept,
            _ when name.Contains("associate_rj") => PduType.AssociateReject,
            _ when name.Contains("pdata") => PduType.PDataTransfer,
            _ when name.Contains("release_rq") => PduType.ReleaseRequest,
            _ when name.Contains("release_rp") => PduType.ReleaseResponse,
            _ when name.Contains("abort") => PduType.Abort,
            _ => throw new InvalidOperationException($"vector {name} has no known kind"),
        };
        Assert.Equal(expected, pdu.Type);
        if (pdu is PDataTransferPdu data)
        {
            foreach (var pdv in data.Values.Where(v => v.IsCommand))
            {
                Assert.True(pdv.IsLastFragment);
                DimseCommand.Decode(pdv.Data);
            }
        }
    }

    [Theory]
    [InlineData("storescp367_a_associate_ac.hex")]
    [InlineData("dcmqrscp367_a_associate_ac.hex")]
    [InlineData("orthanc1101_a_associate_ac.hex")]
    public void Should_Read_Dcmtk_Identity_From_Accepts(string name)
    {
        var ac = Assert.IsType<AssociateAcceptPdu>(PduDecoder.Decode(Vectors.Load(name)));

        Assert.Equal("1.2.276.0.7230010.3.0.3.6.7", ac.UserInformation.ImplementationClassUid);
        Assert.Equal("OFFIS_DCMTK_367", ac.UserInformation.ImplementationVersionName);
        Assert.Equal(16384u, ac.UserInformation.MaxLength);
        var context = Assert.Single(ac.PresentationContexts);
        Assert.True(context.IsAccepted);
        Assert.Equal(DicomUids.ImplicitVrLittleEndian, context.TransferSyntax);
    }

    [Fact]
    public void Should_Read_Dcmjs_Dimse_Identity()
    {
        var ac = Assert.IsType<AssociateAcceptPdu>(PduDecoder.Decode(Vectors.Load("dcmjsdimse033_a_associate_ac_for_echoscu.hex")));

        Assert.Equal("1.2.826.0.1.3680043.10.854", ac.UserInformation.ImplementationClassUid);
        Assert.Equal("DCMJS-DIMSE-V0.2", ac.UserInformation.ImplementationVersionName);
    }

    [Theory]
    [InlineData("orthanc1101_a_associate_rj_called_ae.hex", 1, 1, 7, "called AE title not recognized")]
    [InlineData("dcmqrscp367_a_associate_rj_called_ae.hex", 1, 1, 7, "called AE title not recognized")]
    [InlineData("storescp367_refuse_a_associate_rj.hex", 1, 1, 1, "no reason given")]
    [InlineData("storescp367_a_associate_rj_bad_appctx.hex", 1, 1, 2, "application context name not supported")]
    [InlineData("dcmqrscp367_a_associate_rj_bad_appctx.hex", 2, 1, 2, "application context name not supported")]
    public void Should_Describe_Rejections_In_Words(string name, byte result, byte source, byte reason, string words)
    {
        var rj = Assert.IsType<AssociateRejectPdu>(PduDecoder.Decode(Vectors.Load(name)));
        var rejection = new AssociateRejection(rj.Result, rj.Source, rj.Reason);

        Assert.Equal((result, source, reason), (rejection.Result, rejection.Source, rejection.Reason));
        Assert.Equal(words, rejection.ReasonText);
        Assert.Equal(result == 1, rejection.IsPermanent);
    }

    [Fact]
    public void Should_Read_Find_Responses_And_Their_Identifier()
    {
        var pending = Command("dcmqrscp367_c_find_rsp_pending_cmd_pdata.hex");
        var final = Command("dcmqrscp367_c_find_rsp_final_pdata.hex");
        var identifier = Assert.IsType<PDataTransferPdu>(PduDecoder.Decode(Vectors.Load("orthanc1101_c_find_rsp_identifier_pdata.hex"))).Values.Single();

        Assert.Equal(CommandField.CFindResponse, pending.Field);
        Assert.Equal(DimseStatus.Pending, pending.Status);
        Assert.True(pending.HasDataSet);
        Assert.Equal(DimseStatus.Success, final.Status);
        Assert.False(final.HasDataSet);
        Assert.False(identifier.IsCommand);
        var elements = DatasetReader.Read(identifier.Data, explicitVr: true);
        Assert.Contains(elements, e => e.Tag == DicomTags.SpecificCharacterSet && DicomText.Decode(e.Value.Span, null) == "ISO_IR 100");
        Assert.Contains(elements, e => e.Tag == DicomTags.QueryRetrieveLevel && DicomText.Decode(e.Value.Span, null) == "STUDY");
    }

    [Fact]
    public void Should_Read_The_Abort_Orthanc_Sends_For_An_Unknown_Calling_Ae()
    {
        var abort = Assert.IsType<AbortPdu>(PduDecoder.Decode(Vectors.Load("orthanc1101_a_abort_unknown_calling_ae_on_echo.hex")));

        Assert.Equal("service user", new AbortInfo(abort.Source, abort.Reason).SourceText);
    }

    private static DimseCommand Command(string name)
    {
        var pdu = Assert.IsType<PDataTransferPdu>(PduDecoder.Decode(Vectors.Load(name)));
        var pdv = Assert.Single(pdu.Values);
        Assert.True(pdv.IsCommand);
        return DimseCommand.Decode(pdv.Data);
    }
}
