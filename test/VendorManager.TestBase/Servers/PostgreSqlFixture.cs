using Xunit;

namespace VendorManager.TestBase.Servers;

/// <summary>One PostgreSQL cluster per test assembly (xunit collection fixture); tests create their own databases in it.</summary>
public sealed class PostgreSqlFixture : IAsyncLifetime
{
    private PostgreSqlServer? _server;

    public PostgreSqlServer Server => _server ?? throw new InvalidOperationException("PostgreSQL has not started.");

    public async Task InitializeAsync() => _server = await PostgreSqlServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>xunit needs the collection definition in each test assembly; those define PostgreSqlCollection with this name.</summary>
public static class PostgreSqlCollectionName
{
    public const string Value = "PostgreSQL";
}
