using System.Text;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Tests.Protocol;

/// <summary>Real PACS vary: what the parser must tolerate, and what it must refuse.</summary>
public sealed class TolerantParsingTests
{
    [Fact]
    public void Should_Skip_Unknown_Items_Accept_Reserved_0xFF_Role_Selection_And_Odd_Ids()
    {
        byte[] userInfo =
        [
            .. Item(0x51, [0, 0, 0x40, 0]),
            .. Item(0x52, Encoding.ASCII.GetBytes("1.2.3.4")),
            .. Item(0x54, [0, 17, .. Encoding.ASCII.GetBytes("1.2.840.10008.1.1"), 1, 1]),
            .. Item(0x5F, [0xAB, 0xCD]),
            .. Item(0x55, Encoding.ASCII.GetBytes("PACS_X")),
        ];
        byte[] items =
        [
            .. Item(0x10, Encoding.ASCII.GetBytes(DicomUids.ApplicationContext)),
            .. Item(0x21, [5, 0xFF, 0, 0xFF, .. Item(0x40, Encoding.ASCII.GetBytes(DicomUids.ImplicitVrLittleEndian + "\0"))]),
            .. Item(0x7F, [1, 2, 3]),
            .. Item(0x50, userInfo),
        ];
        var pdu = Pdu(0x02, [0, 1, 0, 0, .. new byte[64], .. items]);

        var ac = Assert.IsType<AssociateAcceptPdu>(PduDecoder.Decode(pdu));

        Assert.Equal(16384u, ac.UserInformation.MaxLength);
        Assert.Equal("1.2.3.4", ac.UserInformation.ImplementationClassUid);
        Assert.Equal("PACS_X", ac.UserInformation.ImplementationVersionName);
        var context = Assert.Single(ac.PresentationContexts);
        Assert.Equal(5, context.Id);
        Assert.Equal(DicomUids.ImplicitVrLittleEndian, context.TransferSyntax);
    }

    [Fact]
    public void Should_Refuse_An_Item_That_Runs_Past_Its_Pdu()
    {
        var pdu = Pdu(0x02, [0, 1, 0, 0, .. new byte[64], 0x50, 0, 0, 10, 0x51, 0, 0, 4]);

        Assert.Throws<DicomProtocolException>(() => PduDecoder.Decode(pdu));
    }

    [Fact]
    public void Should_Refuse_A_Maximum_Length_Sub_Item_Of_The_Wrong_Size()
    {
        var pdu = Pdu(0x02, [0, 1, 0, 0, .. new byte[64], .. Item(0x10, [0x31]), .. Item(0x50, Item(0x51, [0, 0, 0x40]))]);

        Assert.Throws<DicomProtocolException>(() => PduDecoder.Decode(pdu));
    }

    [Fact]
    public void Should_Refuse_A_Length_Field_That_Disagrees_With_The_Bytes()
    {
        var rq = Vectors.Load("echoscu367_a_release_rq.hex");

        Assert.Throws<DicomProtocolException>(() => PduDecoder.Decode(rq[..^1]));
    }

    [Fact]
    public void Should_Refuse_A_Declared_4_GB_Pdu_Before_Reading_It()
    {
        var ex = Assert.Throws<DicomProtocolException>(() => PduDecoder.CheckDeclaredLength(0x04, uint.MaxValue, 65536));

        Assert.Contains("4294967295", ex.Message);
    }

    [Fact]
    public void Should_Round_Trip_Every_Pdu_Type_Through_Encoder_And_Decoder()
    {
        Pdu[] pdus =
        [
            new AssociateRejectPdu(1, 1, 7),
            new AbortPdu(2, 6),
            new ReleaseRequestPdu(),
            new ReleaseResponsePdu(),
            new AssociateAcceptPdu("A", "B", DicomUids.ApplicationContext, [new PresentationContextAnswer(1, 0, DicomUids.ExplicitVrLittleEndian)], new UserInformation(0, "1.2", "X")),
        ];

        foreach (var pdu in pdus)
        {
            var decoded = PduDecoder.Decode(PduEncoder.Encode(pdu));
            Assert.Equal(pdu.Type, decoded.Type);
            Assert.Equal(PduEncoder.Encode(pdu), PduEncoder.Encode(decoded));
        }
    }

    private static byte[] Item(byte type, byte[] value) => [type, 0, (byte)(value.Length >> 8), (byte)value.Length, .. value];

    private static byte[] Pdu(byte type, byte[] body) =>
        [type, 0, (byte)(body.Length >> 24), (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length, .. body];
}
