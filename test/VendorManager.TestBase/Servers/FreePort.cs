using System.Net;
using System.Net.Sockets;

namespace VendorManager.TestBase.Servers;

/// <summary>
/// Hands out ports for the servers tests start: free on all addresses (DCMTK, Orthanc and node bind
/// to every interface, not loopback only), never the same one twice in a test run, and below Linux's
/// ephemeral range (32768 and up), so an outgoing connection cannot grab the port of a peer a test
/// has stopped for an outage and is about to start again.
/// </summary>
public static class FreePort
{
    private const int First = 20000;
    private const int Last = 32000;

    private static readonly HashSet<int> Given = [];

    // Seeded per process, so test projects running side by side walk different sequences.
    private static readonly Random Pick = new(Environment.ProcessId);

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Pick.Next(First, Last);
                if (!Given.Add(port))
                {
                    continue;
                }

                try
                {
                    using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    probe.Bind(new IPEndPoint(IPAddress.Any, port));
                    return port;
                }
                catch (SocketException)
                {
                    // in use: try another
                }
            }
        }

        throw new InvalidOperationException($"no free port found in {First}-{Last}");
    }
}
