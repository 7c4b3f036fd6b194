using System.Diagnostics;
using VendorManager.Nodes.VersionSources;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Application.Tests.Nodes.VersionSources;

/// <summary>What a wrong URL can point at: nothing, a web server that is not Orthanc, a service that hangs.</summary>
public sealed class OrthancSystemVersionReaderFailureTests : IAsyncLifetime
{
    // Long enough for a canned server's first answer on a busy two-core machine, short enough for the hang test.
    private readonly VersionReaderHost host = new(timeout: TimeSpan.FromSeconds(3));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Should_Report_A_Closed_Port_As_Unreachable_Fast()
    {
        var port = FreePort.Next();
        var clock = Stopwatch.StartNew();

        var result = await host.Reader.ReadAsync($"http://127.0.0.1:{port}/");

        Assert.Equal(OutOfBandVersionFailure.Unreachable, result.Failure);
        Assert.Equal($"connection refused by 127.0.0.1:{port}: nothing listens on that port", result.Reason);
        Assert.Null(result.HttpStatus);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Should_Report_A_Page_That_Is_Not_Json_As_A_Bad_Response()
    {
        await using var web = CannedHttpServer.Answering(200, "text/html", "<html><body>Welcome to the PACS portal</body></html>");

        var result = await host.Reader.ReadAsync(web.BaseUrl);

        Assert.Equal(OutOfBandVersionFailure.BadResponse, result.Failure);
        Assert.Contains("did not answer with JSON (it began '<html><body>Welcome", result.Reason);
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task Should_Report_A_Server_Error_As_A_Bad_Response()
    {
        await using var web = CannedHttpServer.Answering(503, "text/plain", "maintenance");

        var result = await host.Reader.ReadAsync(web.BaseUrl);

        Assert.Equal((OutOfBandVersionFailure.BadResponse, 503), (result.Failure, result.HttpStatus));
    }

    [Fact]
    public async Task Should_Report_Json_Without_Orthancs_Fields_As_Unrecognized()
    {
        await using var web = CannedHttpServer.Answering(200, "application/json", """{"Version":"2.4","Product":"SomeOtherArchive"}""");

        var result = await host.Reader.ReadAsync(web.BaseUrl);

        Assert.Equal(OutOfBandVersionFailure.UnrecognizedProduct, result.Failure);
    }

    [Fact]
    public async Task Should_Report_A_Missing_System_Endpoint_As_Unrecognized()
    {
        await using var web = CannedHttpServer.Answering(404, "text/plain", "not found");

        var result = await host.Reader.ReadAsync(web.BaseUrl);

        Assert.Equal((OutOfBandVersionFailure.UnrecognizedProduct, 404), (result.Failure, result.HttpStatus));
    }

    [Fact]
    public async Task Should_Clip_What_The_Server_Reports_To_64_Characters()
    {
        var longVersion = new string('9', 500);
        await using var web = CannedHttpServer.Answering(200, "application/json",
            $$"""{"Version":"{{longVersion}}","Name":"{{new string('N', 100)}}","DicomAet":"ORTHANC","ApiVersion":18}""");

        var result = await host.Reader.ReadAsync(web.BaseUrl);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(new string('9', 64), result.Version);
        Assert.Equal(64, result.InstanceName!.Length);
    }

    [Fact]
    public async Task Should_Time_Out_When_The_Server_Never_Answers()
    {
        await using var hung = CannedHttpServer.Silent();
        var clock = Stopwatch.StartNew();

        var result = await host.Reader.ReadAsync(hung.BaseUrl);

        Assert.Equal(OutOfBandVersionFailure.TimedOut, result.Failure);
        Assert.Contains("did not answer within 3 s", result.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("pacs01:8042")]
    [InlineData("ftp://pacs01/")]
    [InlineData("/system")]
    [InlineData("")]
    [InlineData("http://admin:secret@pacs01:8042/")]
    [InlineData("http://pacs01:8042/?x=1")]
    public async Task Should_Refuse_A_Url_That_Is_Not_An_Absolute_Http_Root(string url)
    {
        var result = await host.Reader.ReadAsync(url);

        Assert.Equal(OutOfBandVersionFailure.InvalidUrl, result.Failure);
        Assert.DoesNotContain("secret", result.Reason);
    }
}
