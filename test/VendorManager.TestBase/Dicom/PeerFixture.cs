using VendorManager.Dicom;
using Xunit;

namespace VendorManager.TestBase.Dicom;

/// <summary>
/// One real peer per test class (xUnit class fixture): started before the first test, stopped after
/// the last. Tests that need outages use the peer classes directly, or stop and start <see cref="Peer"/>.
/// </summary>
public abstract class PeerFixture<TPeer>(TPeer peer) : IAsyncLifetime
    where TPeer : DicomPeer
{
    public TPeer Peer => peer;

    public int Port => peer.Port;

    public DicomAssociationOptions Options(string? calledAe = null) => peer.Options(calledAe);

    public virtual Task InitializeAsync() => peer.StartAsync();

    public async Task DisposeAsync() => await peer.DisposeAsync();
}
