using VendorManager.Nodes;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Nodes;

namespace VendorManager.Domain.Tests.Nodes;

public sealed class NodeRulesTests
{
    private static void AssertCode(string code, Action action) => Assert.Equal(code, Assert.Throws<BusinessException>(action).Code);

    [Theory]
    [InlineData("ORTHANC", "ORTHANC")]
    [InlineData("  PACS_01 ", "PACS_01")]
    [InlineData("sixteen-chars-ok", "sixteen-chars-ok")]
    [InlineData("CT 2", "CT 2")]
    public void Should_Accept_An_Ae_Title_Of_1_To_16_Characters_And_Trim_Its_Padding(string input, string expected)
        => Assert.Equal(expected, AeTitle.Validate(input, "AeTitle"));

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("SEVENTEEN-CHARS-X")]
    [InlineData("PACS\\01")]
    [InlineData("PACS\t01")]
    [InlineData("PACS\n")]
    [InlineData("PÄCS")]
    public void Should_Reject_Empty_Long_Backslash_Control_And_Non_Ascii_Ae_Titles(string input)
        => AssertCode(Codes.AeTitleInvalid, () => AeTitle.Validate(input, "AeTitle"));

    [Theory]
    [InlineData("pacs01.hospital.local", "pacs01.hospital.local")]
    [InlineData("PACS01", "pacs01")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("010.001.002.003", "10.1.2.3")]
    [InlineData("fe80::1", "fe80::1")]
    [InlineData("[2001:db8::7]", "2001:db8::7")]
    public void Should_Accept_Host_Names_And_Addresses(string input, string expected) => Assert.Equal(expected, HostName.Validate(input));

    [Theory]
    [InlineData("")]
    [InlineData("10.1")]
    [InlineData("10.1.2.300")]
    [InlineData("-pacs.local")]
    [InlineData("pacs_01.local")]
    [InlineData("pacs 01")]
    [InlineData("pacs01.hospital.local:104")]
    public void Should_Reject_Hosts_That_Are_Neither_Names_Nor_Addresses(string input)
        => AssertCode(Codes.HostInvalid, () => HostName.Validate(input));

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    [InlineData(-104)]
    public void Should_Reject_A_Port_Outside_1_To_65535(int port) => AssertCode(Codes.PortOutOfRange, () => _ = new NodeEndpoint("PACS", "pacs", port));

    [Fact]
    public void Should_Accept_The_Dicom_Ports()
    {
        Assert.Equal(104, new NodeEndpoint("PACS", "pacs", 104).Port);
        Assert.Equal(65535, new NodeEndpoint("PACS", "pacs", 65535).Port);
    }

    [Fact]
    public void Should_Bound_The_Probe_Interval_And_The_Latency_Threshold()
    {
        Assert.Equal(60, ProbeSettings.Create(ProbeKind.Echo, 60, 500, false).IntervalSeconds);
        AssertCode(Codes.IntervalOutOfRange, () => ProbeSettings.Create(ProbeKind.Echo, 5, null, false));
        AssertCode(Codes.IntervalOutOfRange, () => ProbeSettings.Create(ProbeKind.Echo, 86_401, null, false));
        AssertCode(Codes.DegradedLatencyOutOfRange, () => ProbeSettings.Create(ProbeKind.Echo, 60, 0, false));
        AssertCode(Codes.ProbeKindInvalid, () => ProbeSettings.Create((ProbeKind)7, 60, null, false));
    }

    [Fact]
    public void Should_Count_A_Failing_Find_As_Degraded_Only_When_Find_Is_Probed()
    {
        Assert.True(ProbeSettings.Create(ProbeKind.EchoAndFind, 60, null, true).DegradedWhenFindFails);
        Assert.False(ProbeSettings.Create(ProbeKind.Echo, 60, null, true).DegradedWhenFindFails);
    }

    [Fact]
    public void Should_Default_The_Calling_Ae_Title_And_Validate_A_Given_One()
    {
        var node = new DicomNode(Guid.NewGuid(), "Archive", new NodeEndpoint("ARCHIVE", "pacs", 104));
        node.CallAs(null);
        Assert.Equal(DicomNodeConsts.DefaultCallingAeTitle, node.CallingAeTitle);
        node.CallAs("VM_PROBE");
        Assert.Equal("VM_PROBE", node.CallingAeTitle);
        AssertCode(Codes.AeTitleInvalid, () => node.CallAs("WAY-TOO-LONG-CALLING-AE"));
    }
}
