using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Network;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Tests.Protocol;

/// <summary>What we send has the shape of what echoscu and findscu send (the reference SCUs PACS admins trust).</summary>
public sealed class RequestShapeTests
{
    [Fact]
    public void Should_Send_A_C_Echo_Rq_Byte_Identical_To_Echoscu()
    {
        var command = new DimseCommand(CommandField.CEchoRequest, DicomUids.Verification, MessageId: 1).Encode();

        var ours = Association.FragmentMessage(1, command, null, 16384);

        Assert.Equal(Vectors.Load("echoscu367_c_echo_rq_pdata.hex"), ours);
    }

    [Fact]
    public void Should_Send_A_C_Find_Rq_Command_Byte_Identical_To_Findscu()
    {
        var command = new DimseCommand(CommandField.CFindRequest, DicomUids.StudyRootQueryRetrieveFind, MessageId: 1, Priority: 0, DataSetType: CommandField.DataSetPresent).Encode();

        var ours = Association.FragmentMessage(1, command, null, 16384);

        Assert.Equal(Vectors.Load("findscu367_c_find_rq_cmd_pdata.hex"), ours);
    }

    [Fact]
    public void Should_Send_A_Study_Identifier_Shaped_Like_Findscus()
    {
        var theirs = PData("findscu367_c_find_rq_identifier_pdata.hex");
        var ours = DatasetReader.Read(StudyQuery.All.Encode(explicitVr: true), explicitVr: true);

        var theirElements = DatasetReader.Read(theirs.Data, explicitVr: true);
        Assert.False(theirs.IsCommand);
        foreach (var e in theirElements)
        {
            var mine = Assert.Single(ours, o => o.Tag == e.Tag);
            Assert.Equal(e.Vr, mine.Vr);
            Assert.Equal(e.Value.ToArray(), mine.Value.ToArray());
        }

        Assert.Equal(ours.Select(e => e.Tag).Order(), ours.Select(e => e.Tag));
    }

    [Theory]
    [InlineData("echoscu367_to_storescp_a_associate_rq.hex", DicomUids.Verification)]
    [InlineData("findscu367_to_dcmqrscp_a_associate_rq.hex", DicomUids.StudyRootQueryRetrieveFind)]
    public void Should_Request_Associations_Shaped_Like_Dcmtk_Tools(string vector, string abstractSyntax)
    {
        var theirs = Assert.IsType<AssociateRequestPdu>(PduDecoder.Decode(Vectors.Load(vector)));
        var ours = new AssociateRequestPdu(
            theirs.CalledAe,
            theirs.CallingAe,
            DicomUids.ApplicationContext,
            [new PresentationContextProposal(1, abstractSyntax, [DicomUids.ImplicitVrLittleEndian])],
            new UserInformation(16384, DicomImplementation.ClassUid, DicomImplementation.VersionName));

        var decoded = Assert.IsType<AssociateRequestPdu>(PduDecoder.Decode(PduEncoder.Encode(ours)));

        Assert.Equal(theirs.ProtocolVersion, decoded.ProtocolVersion);
        Assert.Equal(theirs.CalledAe, decoded.CalledAe);
        Assert.Equal(theirs.CallingAe, decoded.CallingAe);
        Assert.Equal(theirs.ApplicationContext, decoded.ApplicationContext);
        Assert.Equal(theirs.PresentationContexts[0].Id, decoded.PresentationContexts[0].Id);
        Assert.Equal(theirs.PresentationContexts[0].AbstractSyntax, decoded.PresentationContexts[0].AbstractSyntax);
        Assert.Equal(theirs.UserInformation.MaxLength, decoded.UserInformation.MaxLength);
        Assert.NotNull(decoded.UserInformation.ImplementationClassUid);
        Assert.True(DicomImplementation.VersionName.Length <= 16);
        Assert.True(DicomImplementation.ClassUid.Length <= 64);
    }

    [Fact]
    public void Should_Fragment_To_The_Peers_Maximum_Length()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        var bytes = Association.FragmentMessage(3, [1, 2], data, 106);

        var offset = 0;
        var reassembled = new List<byte>();
        while (offset < bytes.Length)
        {
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 2));
            Assert.True(length <= 106, $"PDU of {length} bytes exceeds the peer's maximum");
            var pdu = Assert.IsType<PDataTransferPdu>(PduDecoder.Decode(bytes.AsSpan(offset, 6 + length)));
            reassembled.AddRange(pdu.Values.Where(v => !v.IsCommand).SelectMany(v => v.Data.ToArray()));
            offset += 6 + length;
        }

        Assert.Equal(data, reassembled);
    }

    [Fact]
    public void Should_Send_One_Pdv_When_The_Peer_Accepts_Unlimited_Length()
    {
        var bytes = Association.FragmentMessage(1, [1, 2], new byte[100_000], 0);

        var command = PduDecoder.Decode(bytes.AsSpan(0, 6 + 8));
        var data = Assert.IsType<PDataTransferPdu>(PduDecoder.Decode(bytes.AsSpan(14), 0));
        Assert.Single(Assert.IsType<PDataTransferPdu>(command).Values);
        Assert.Equal(100_000, Assert.Single(data.Values).Data.Length);
    }

    private static Pdv PData(string name) =>
        Assert.IsType<PDataTransferPdu>(PduDecoder.Decode(Vectors.Load(name))).Values.Single();
}
