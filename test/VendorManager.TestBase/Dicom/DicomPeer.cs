using VendorManager.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// A real DICOM peer a test can start, stop and start again on the same port, to make real outages.
/// The port and the work folder (a peer's database, its config) belong to the object, not to one
/// process, so a restarted peer comes back where the nodes under test expect it, with what it held.
/// Another peer may take over the port while this one is stopped: pass <see cref="Port"/> to it.
/// </summary>
public abstract class DicomPeer : IAsyncDisposable
{
    private static readonly TimeSpan PortReleaseGrace = TimeSpan.FromSeconds(3);

    // Start and stop may be called from different test threads (an outage runs beside a prober).
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TempFolder workFolder;
    private PeerProcess? process;
    private string lastOutput = string.Empty;
    private bool disposed;

    /// <param name="aeTitle">The peer's own AE title, which <see cref="Options"/> calls unless told otherwise.</param>
    /// <param name="port">The DICOM port; null picks a free one.</param>
    /// <param name="workFolderPrefix">Names the temp folder holding the peer's files.</param>
    protected DicomPeer(string aeTitle, int? port, string workFolderPrefix)
    {
        AeTitle = aeTitle;
        Port = port ?? FreePort.Next();
        workFolder = new TempFolder(workFolderPrefix);
    }

    public int Port { get; }

    public string AeTitle { get; }

    public bool IsRunning => process is { HasExited: false };

    /// <summary>What the running (or the last stopped) process printed, for failure messages.</summary>
    public string Output => process?.Output ?? lastOutput;

    protected string WorkFolder => workFolder.Path;

    /// <summary>Ports other than <see cref="Port"/> the peer listens on (Orthanc's HTTP), checked free before a start.</summary>
    protected virtual IEnumerable<int> OtherPorts => [];

    /// <summary>Starts the peer and returns once it answers; fails with its output when it does not.</summary>
    public async Task StartAsync()
    {
        await gate.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (process is not null)
            {
                throw new InvalidOperationException($"{GetType().Name} on port {Port} is already started: stop it first");
            }

            // Without this a peer still holding the port would pass the readiness check for us.
            foreach (var port in OtherPorts.Prepend(Port))
            {
                await PortProbe.WaitUntilClosedAsync(port, PortReleaseGrace, $"stop the peer holding it before starting {GetType().Name}");
            }

            process = await LaunchAsync();
            try
            {
                await WaitUntilReadyAsync(process);
            }
            catch
            {
                await StopCoreAsync();
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops the peer (SIGTERM, then a kill) and returns once its process is gone; nothing happens when it is not running.</summary>
    public async Task StopAsync()
    {
        await gate.WaitAsync();
        try
        {
            await StopCoreAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
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

    /// <summary>Makes the test study with dcmtk and C-STOREs it to the running peer.</summary>
    public async Task StoreTestStudyAsync()
    {
        var file = await TestStudy.CreateFileAsync(WorkFolder);
        await TestStudy.StoreAsync(file, Port, AeTitle);
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            await StopCoreAsync();
            workFolder.Dispose();
        }
        finally
        {
            gate.Release();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Writes whatever the peer needs into <see cref="WorkFolder"/> and starts its process.</summary>
    protected abstract Task<PeerProcess> LaunchAsync();

    protected virtual Task WaitUntilReadyAsync(PeerProcess started) => started.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));

    private async Task StopCoreAsync()
    {
        if (process is null)
        {
            return;
        }

        var stopping = process;
        process = null;
        await stopping.DisposeAsync();
        lastOutput = stopping.Output;
    }
}
