using System.Net;
using System.Net.Sockets;

namespace VendorManager.Dicom.Tests.Infrastructure;

/// <summary>
/// Hands out high ports that are free on all addresses (DCMTK, Orthanc and dcmjs-dimse cannot bind
/// to loopback only) and never the same one twice in this test run.
/// </summary>
public static class FreePort
{
    private static readonly HashSet<int> Given = [];
    private static readonly Random Pick = new(Environment.ProcessId);

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Pick.Next(20000, 32000);
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

        throw new InvalidOperationException("no free port found in 20000-32000");
    }
}
