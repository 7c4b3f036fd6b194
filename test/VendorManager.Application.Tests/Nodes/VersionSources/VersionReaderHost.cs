using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Nodes.VersionSources;

namespace VendorManager.Application.Tests.Nodes.VersionSources;

/// <summary>The reader with the named HTTP client the application registers, optionally with a shorter timeout.</summary>
internal sealed class VersionReaderHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public VersionReaderHost(TimeSpan? timeout = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVendorManagerApplication(new ConfigurationBuilder().Build());
        if (timeout is { } limit)
        {
            services.AddHttpClient(OrthancSystemVersionReader.HttpClientName).ConfigureHttpClient(c => c.Timeout = limit);
        }

        provider = services.BuildServiceProvider();
    }

    public OrthancSystemVersionReader Reader => provider.GetRequiredService<OrthancSystemVersionReader>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
