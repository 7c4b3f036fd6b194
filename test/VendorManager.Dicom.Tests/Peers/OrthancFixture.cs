using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// Orthanc from a temp JSON config (no systemd, no plugins, DicomCheckCalledAet on) holding the
/// test study. It is ready when a C-ECHO succeeds, not merely when the port is open.
/// </summary>
public sealed class OrthancFixture : IAsyncLifetime
{
    public const string AeTitle = "ORTHANC";

    private readonly TempFolder folder = new("orthanc");
    private PeerProcess? peer;

    public int Port { get; } = FreePort.Next();

    public int HttpPort { get; } = FreePort.Next();

    public async Task InitializeAsync()
    {
        var storage = Path.Combine(folder.Path, "db");
        Directory.CreateDirectory(storage);
        var config = Path.Combine(folder.Path, "orthanc.json");
        var settings = new Dictionary<string, object>
        {
            ["Name"] = "VmTest",
            ["StorageDirectory"] = storage,
            ["IndexDirectory"] = storage,
            ["Plugins"] = Array.Empty<string>(),
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = HttpPort,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = AeTitle,
            ["DicomPort"] = Port,
            ["DicomCheckCalledAet"] = true,
            ["DicomAlwaysAllowEcho"] = true,
            ["DicomAlwaysAllowFind"] = true,
            ["DicomAlwaysAllowStore"] = true,
            ["DicomCheckModalityHost"] = false,
            ["DicomModalities"] = new Dictionary<string, object>(),
            ["DicomScpTimeout"] = 30,
            ["MaximumPduLength"] = 16384,
        };
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(settings));
        peer = PeerProcess.Start(Binaries.Require("Orthanc", "orthanc"), [config], folder.Path);
        await WaitUntilEchoSucceedsAsync();
        var file = await TestStudy.CreateFileAsync(folder.Path);
        await TestStudy.StoreAsync(file, Port, AeTitle, folder.Path);
    }

    public async Task DisposeAsync()
    {
        if (peer is not null)
        {
            await peer.DisposeAsync();
        }

        folder.Dispose();
    }

    public DicomAssociationOptions Options(string? calledAe = null) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAe = calledAe ?? AeTitle,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AssociationTimeout = TimeSpan.FromSeconds(10),
        DimseTimeout = TimeSpan.FromSeconds(10),
    };

    private async Task WaitUntilEchoSucceedsAsync()
    {
        var client = new DicomClient();
        var clock = Stopwatch.StartNew();
        EchoResult? last = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (peer!.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited during start-up:\n{peer.Output}");
            }

            last = await client.EchoAsync(Options() with { ConnectTimeout = TimeSpan.FromSeconds(1), AssociationTimeout = TimeSpan.FromSeconds(2), DimseTimeout = TimeSpan.FromSeconds(2) });
            if (last.IsSuccess)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Orthanc never answered C-ECHO ({last?.Reason}):\n{peer!.Output}");
    }
}
