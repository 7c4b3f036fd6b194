using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VendorManager.Nodes.VersionSources;
using VendorManager.TestBase.Dicom;
using Xunit;

namespace VendorManager.Application.Tests.Nodes.VersionSources;

/// <summary>Against real Orthancs started for this class: the version as Orthanc itself reports it.</summary>
public sealed class OrthancSystemVersionReaderTests(OrthancPeersFixture orthancs) : IClassFixture<OrthancPeersFixture>, IAsyncLifetime
{
    private readonly VersionReaderHost host = new();

    private static HttpBasicCredentials Right => new(OrthancPeersFixture.Login.UserName, OrthancPeersFixture.Login.Password);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Should_Read_The_Version_The_Installed_Orthanc_Prints()
    {
        var result = await host.Reader.ReadAsync(orthancs.Open.HttpBaseAddress.ToString());

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(await OrthancPeer.InstalledVersionAsync(), result.Version);
        Assert.Equal(("Orthanc", OrthancPeer.InstanceName, OrthancPeer.DefaultAeTitle), (result.ProductName, result.InstanceName, result.DicomAeTitle));
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task Should_Match_What_Orthanc_Puts_In_Its_System_Json()
    {
        using var http = new HttpClient();
        using var system = JsonDocument.Parse(await http.GetStringAsync(new Uri(orthancs.Open.HttpBaseAddress, "system")));

        var result = await host.Reader.ReadAsync(orthancs.Open.HttpBaseAddress.ToString().TrimEnd('/'));

        Assert.Equal(system.RootElement.GetProperty("Version").GetString(), result.Version);
        Assert.Equal(system.RootElement.GetProperty("ApiVersion").GetInt32(), result.ApiVersion);
        Assert.Equal(system.RootElement.GetProperty("DicomAet").GetString(), result.DicomAeTitle);
    }

    [Fact]
    public async Task Should_Read_The_Version_Behind_Basic_Auth_With_The_Right_Password()
    {
        var result = await host.Reader.ReadAsync(orthancs.Protected.HttpBaseAddress.ToString(), Right);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(await OrthancPeer.InstalledVersionAsync(), result.Version);
    }

    [Fact]
    public async Task Should_Report_Unauthorized_For_A_Wrong_Password()
    {
        var result = await host.Reader.ReadAsync(orthancs.Protected.HttpBaseAddress.ToString(), Right with { Password = "not-the-password" });

        Assert.Equal(OutOfBandVersionFailure.Unauthorized, result.Failure);
        Assert.Equal(401, result.HttpStatus);
        Assert.Contains($"refused the credentials of '{OrthancPeersFixture.Login.UserName}'", result.Reason);
        Assert.DoesNotContain("not-the-password", result.Reason);
        Assert.Null(result.Version);
    }

    [Fact]
    public async Task Should_Report_Unauthorized_When_Credentials_Are_Missing()
    {
        var result = await host.Reader.ReadAsync(orthancs.Protected.HttpBaseAddress.ToString());

        Assert.Equal(OutOfBandVersionFailure.Unauthorized, result.Failure);
        Assert.Contains("it requires credentials", result.Reason);
    }

    [Fact]
    public async Task Should_Report_A_Stopped_Orthanc_As_Unreachable_And_Read_It_Again_Once_Restarted()
    {
        await using var orthanc = new OrthancPeer();
        await orthanc.StartAsync();
        await orthanc.StopAsync();

        var down = await host.Reader.ReadAsync(orthanc.HttpBaseAddress.ToString());
        await orthanc.StartAsync();
        var up = await host.Reader.ReadAsync(orthanc.HttpBaseAddress.ToString());

        Assert.Equal(OutOfBandVersionFailure.Unreachable, down.Failure);
        Assert.Contains("connection refused", down.Reason);
        Assert.True(up.IsSuccess, up.ToString());
    }

    [Fact]
    public async Task Should_Not_Send_Credentials_Orthanc_Does_Not_Need()
    {
        // An open Orthanc ignores an Authorization header; the reader still reads the version.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(orthancs.Open.HttpBaseAddress, "system"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("someone:else")));
        using var direct = await http.SendAsync(request);

        var result = await host.Reader.ReadAsync(orthancs.Open.HttpBaseAddress.ToString(), new HttpBasicCredentials("someone", "else"));

        Assert.True(direct.IsSuccessStatusCode);
        Assert.True(result.IsSuccess, result.ToString());
    }
}
