using Microsoft.Extensions.Time.Testing;

namespace VendorManager.Dicom.Tests.Hostile;

/// <summary>Timeouts and timings come from the injected <see cref="TimeProvider"/>, so the application can test them with a fake clock.</summary>
public sealed class InjectedClockTests
{
    [Fact]
    public async Task Should_Time_Out_When_The_Injected_Clock_Passes_The_Association_Timeout()
    {
        await using var peer = HostilePeer.Start((s, ct) => HostilePeer.ReadPduAsync(s, ct));
        var clock = new FakeTimeProvider();
        var client = new DicomClient(clock);

        var echo = client.EchoAsync(peer.Options(associate: TimeSpan.FromMinutes(5)));
        await Task.Delay(300);
        Assert.False(echo.IsCompleted, "timed out before the fake clock moved");
        clock.Advance(TimeSpan.FromMinutes(5));
        var result = await echo.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.Contains("after 300 s", result.Reason);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Timings.Associate);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }
}
