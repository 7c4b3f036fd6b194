namespace VendorManager.Dicom.Tests.Infrastructure;

/// <summary>
/// One real peer per test class: started, waited for and stopped the same way for every peer, so
/// a fixture only says how its peer is launched and, where an open port is not enough, when it is ready.
/// </summary>
public abstract class PeerFixture : IAsyncLifetime
{
    private readonly string calledAe;
    private readonly TempFolder? workFolder;
    private PeerProcess? peer;

    /// <param name="calledAe">The AE title <see cref="Options"/> calls unless told otherwise.</param>
    /// <param name="workFolderPrefix">Names a temp folder for the peer's files, removed with the fixture; null when it needs none.</param>
    protected PeerFixture(string calledAe, string? workFolderPrefix)
    {
        this.calledAe = calledAe;
        workFolder = workFolderPrefix is null ? null : new TempFolder(workFolderPrefix);
    }

    public int Port { get; } = FreePort.Next();

    public PeerProcess Peer => peer ?? throw new InvalidOperationException("the peer has not been started");

    protected string WorkFolder => workFolder?.Path ?? throw new InvalidOperationException($"{GetType().Name} asked for no work folder");

    public async Task InitializeAsync()
    {
        // Kept before waiting, so a peer that never becomes ready is still stopped on dispose.
        peer = await StartAsync();
        await WaitUntilReadyAsync(peer);
        await AfterReadyAsync();
    }

    public async Task DisposeAsync()
    {
        if (peer is not null)
        {
            await peer.DisposeAsync();
        }

        workFolder?.Dispose();
    }

    public DicomAssociationOptions Options(string? calledAe = null) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAe = calledAe ?? this.calledAe,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        AssociationTimeout = TimeSpan.FromSeconds(10),
        DimseTimeout = TimeSpan.FromSeconds(10),
    };

    protected abstract Task<PeerProcess> StartAsync();

    protected virtual Task WaitUntilReadyAsync(PeerProcess started) => started.WaitForPortAsync(Port, TimeSpan.FromSeconds(20));

    /// <summary>Loads what the tests expect to find once the peer answers.</summary>
    protected virtual Task AfterReadyAsync() => Task.CompletedTask;

    /// <summary>Makes the test study with dcmtk and C-STOREs it to the peer.</summary>
    protected async Task StoreTestStudyAsync()
    {
        var file = await TestStudy.CreateFileAsync(WorkFolder);
        await TestStudy.StoreAsync(file, Port, calledAe, WorkFolder);
    }
}
