using System.Net.Sockets;

namespace VendorManager.TestBase.Servers;

/// <summary>Asks the loopback interface whether anything accepts connections on a port.</summary>
public static class PortProbe
{
    public static async Task<bool> IsListeningAsync(int port)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        // A closed loopback port answers with a reset at once; the limit only guards a wedged stack.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await probe.ConnectAsync("127.0.0.1", port, limit.Token);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Waits until nothing listens on the port any more; throws naming the port otherwise.</summary>
    public static async Task WaitUntilClosedAsync(int port, TimeSpan timeout, string whatShouldBeStopped)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await IsListeningAsync(port))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"port {port} is still taken after {timeout}: {whatShouldBeStopped}");
            }

            await Task.Delay(50);
        }
    }
}
