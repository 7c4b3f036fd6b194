using System.Diagnostics;
using System.Text.Json;
using VendorManager.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// Orthanc from a temp JSON config (no systemd, no plugins, DicomCheckCalledAet on), with its REST
/// API on <see cref="HttpPort"/>, behind HTTP basic auth when credentials are given. It is ready when
/// a C-ECHO succeeds and the HTTP port is open, not merely when the DICOM port is. Its database
/// stays in the work folder, so a restarted Orthanc still holds what was stored before.
/// </summary>
public sealed class OrthancPeer : DicomPeer
{
    public const string DefaultAeTitle = "ORTHANC";

    /// <summary>The "Name" in the config, which GET /system reports back.</summary>
    public const string InstanceName = "VmTest";

    public OrthancPeer(int? port = null, int? httpPort = null, string aeTitle = DefaultAeTitle, OrthancCredentials? credentials = null)
        : base(aeTitle, port, "orthanc")
    {
        HttpPort = httpPort ?? FreePort.Next();
        Credentials = credentials;
    }

    public int HttpPort { get; }

    public Uri HttpBaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    /// <summary>The one registered user when authentication is on; null when the REST API is open.</summary>
    public OrthancCredentials? Credentials { get; }

    protected override IEnumerable<int> OtherPorts => [HttpPort];

    /// <summary>The version the installed Orthanc prints for --version ("1.10.1"), which GET /system should report.</summary>
    public static async Task<string> InstalledVersionAsync()
    {
        var output = await ProcessRunner.RunAsync(Binaries.Require("Orthanc", "orthanc"), ["--version"], TimeSpan.FromSeconds(30));
        var first = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        // The first line is "<program as invoked> <version>", e.g. "/usr/sbin/Orthanc 1.10.1".
        var parts = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is [var program, var version, ..] && Path.GetFileName(program) == "Orthanc"
            ? version
            : throw new InvalidOperationException($"unexpected output from Orthanc --version:\n{output}");
    }

    protected override async Task<PeerProcess> LaunchAsync()
    {
        var storage = Path.Combine(WorkFolder, "db");
        Directory.CreateDirectory(storage);
        var config = Path.Combine(WorkFolder, "orthanc.json");
        var settings = new Dictionary<string, object>
        {
            ["Name"] = InstanceName,
            ["StorageDirectory"] = storage,
            ["IndexDirectory"] = storage,
            ["Plugins"] = Array.Empty<string>(),
            ["HttpServerEnabled"] = true,
            ["HttpPort"] = HttpPort,
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = Credentials is not null,
            ["RegisteredUsers"] = Credentials is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [Credentials.UserName] = Credentials.Password },
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
                await started.WaitForPortAsync(HttpPort, TimeSpan.FromSeconds(10));
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Orthanc never answered C-ECHO ({last?.Reason}):\n{started.Output}");
    }
}
