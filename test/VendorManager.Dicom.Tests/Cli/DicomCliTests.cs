using System.Globalization;
using System.Text.Json;
using VendorManager.Cli;
using VendorManager.Cli.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.Dicom.Tests.Cli;

/// <summary>`vendormanager dicom ...` run in-process: exit codes per failure class, human and JSON output.</summary>
public sealed class DicomCliTests(StorescpFixture storescp) : IClassFixture<StorescpFixture>
{
    [Fact]
    public async Task Should_Exit_0_And_Print_The_Peer_Identity_For_A_Successful_Echo()
    {
        var (exit, output, _) = await RunAsync("echo", "--host", "127.0.0.1", "--port", Port, "--called-ae", "STORESCP");

        Assert.Equal(0, exit);
        Assert.Contains("OFFIS_DCMTK_367", output);
        Assert.Contains("I: success", output);
    }

    [Fact]
    public async Task Should_Summarise_Repeated_Cycles()
    {
        var (exit, output, _) = await RunAsync("echo", "--host", "127.0.0.1", "--port", Port, "--called-ae", "STORESCP", "--repeat", "20");

        Assert.Equal(0, exit);
        Assert.Contains("I: Summary: 20 cycles, 0 failed", output);
        Assert.Contains("cycles/s", output);
        Assert.Contains("p95", output);
    }

    [Fact]
    public async Task Should_Print_The_Typed_Result_As_Json()
    {
        var (exit, output, _) = await RunAsync("echo", "--host", "127.0.0.1", "--port", Port, "--called-ae", "STORESCP", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Success", json.RootElement.GetProperty("Outcome").GetString());
        Assert.Equal("1.2.276.0.7230010.3.0.3.6.7", json.RootElement.GetProperty("Peer").GetProperty("ImplementationClassUid").GetString());
        Assert.True(json.RootElement.GetProperty("TimingsMs").GetProperty("Dimse").GetDouble() >= 0);
    }

    [Fact]
    public async Task Should_Exit_With_The_Code_Of_The_Failure_Class()
    {
        var closed = FreePort.Next().ToString(CultureInfo.InvariantCulture);

        var refused = await RunAsync("echo", "--host", "127.0.0.1", "--port", closed, "--called-ae", "X");
        var noContext = await RunAsync("find", "--host", "127.0.0.1", "--port", Port, "--called-ae", "STORESCP", "--deep-probe");

        Assert.Equal(10, refused.Exit);
        Assert.Contains("ConnectionRefused", refused.Output);
        Assert.Equal(17, noContext.Exit);
    }

    [Fact]
    public async Task Should_Exit_2_For_Usage_Errors()
    {
        var missing = await RunAsync("echo", "--port", Port);
        var unknown = await RunAsync("echo", "--host", "h", "--port", Port, "--called-ae", "A", "--bogus");
        var badAe = await RunAsync("echo", "--host", "h", "--port", Port, "--called-ae", "THIS_AE_IS_TOO_LONG");

        Assert.Equal(ExitCodes.Usage, missing.Exit);
        Assert.Equal(ExitCodes.Usage, unknown.Exit);
        Assert.Contains("unknown option '--bogus'", unknown.Error);
        Assert.Equal(ExitCodes.Usage, badAe.Exit);
    }

    private string Port => storescp.Port.ToString(CultureInfo.InvariantCulture);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DicomCommands.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
