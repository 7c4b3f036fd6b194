using System.Diagnostics;
using System.Text.Json;
using VendorManager.Dicom.Tests.Infrastructure;

namespace VendorManager.Dicom.Tests.Peers;

/// <summary>
/// Orthanc from a temp JSON config (no systemd, no plugins, DicomCheckCalledAet on) holding the
/// test study. It is ready when a C-ECHO succeeds, not merely when the port is open.
/// </summary>
public sealed class OrthancFixture() : PeerFixture(AeTitle, "orthanc")
{
    public const string AeTitle = "ORTHANC";

    public int HttpPort { get; } = FreePort.Next();

    protected override async Task<PeerProcess> StartAsync()
    {
        var storage = Path.Combine(WorkFolder, "db");
        Directory.CreateDirectory(storage);
        var config = Path.Combine(WorkFolder, "orthanc.json");
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
        return PeerProcess.Start(Binaries.Require("Orthanc", "orthanc"), [config], WorkFolder);
    }

    protected override async Task WaitUntilReadyAsync(PeerProcess started)
    {
        var client = new DicomClient();
        var clock = Stopwatch.StartNew();
        EchoResult? last = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"Orthanc exited during start-up:\n{started.Output}");
            }

            last = await client.EchoAsync(Options() with { ConnectTimeout = TimeSpan.FromSeconds(1), AssociationTimeout = TimeSpan.FromSeconds(2), DimseTimeout = TimeSpan.FromSeconds(2) });
            if (last.IsSuccess)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Orthanc never answered C-ECHO ({last?.Reason}):\n{started.Output}");
    }

    protected override Task AfterReadyAsync() => StoreTestStudyAsync();
}
