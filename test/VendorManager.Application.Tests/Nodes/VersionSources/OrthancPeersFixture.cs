using VendorManager.TestBase.Dicom;
using Xunit;

namespace VendorManager.Application.Tests.Nodes.VersionSources;

/// <summary>Two real Orthancs for the reader tests: one with its REST API open, one behind basic auth.</summary>
public sealed class OrthancPeersFixture : IAsyncLifetime
{
    public static readonly OrthancCredentials Login = new("pacsadmin", "orthanc-test-pw");

    public OrthancPeer Open { get; } = new();

    public OrthancPeer Protected { get; } = new(credentials: Login);

    public Task InitializeAsync() => Task.WhenAll(Open.StartAsync(), Protected.StartAsync());

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await Protected.DisposeAsync();
    }
}
