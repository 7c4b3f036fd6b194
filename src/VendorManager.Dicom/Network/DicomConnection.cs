using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Network;

/// <summary>
/// One TCP connection carrying PDUs: async I/O only (no thread per association), one write per
/// send, and TCP_QUICKACK re-armed before every receive. Debian's DCMTK and Orthanc run with
/// Nagle on and write a response in two pieces; without an immediate ACK from us the second
/// piece waits for our delayed ACK and every round trip costs ~44 ms that is not the peer's.
/// </summary>
internal sealed class DicomConnection : IDisposable
{
    private const int SolTcp = 6;
    private const int TcpQuickAck = 12;
    private static readonly byte[] One = [1, 0, 0, 0];

    private readonly Socket socket;
    private readonly byte[] buffer = new byte[16 * 1024];
    private int start;
    private int end;
    private bool quickAckUnsupported = !OperatingSystem.IsLinux();

    private DicomConnection(Socket socket)
    {
        this.socket = socket;
    }

    /// <summary>Resolves the host and tries each address in turn (localhost may give ::1 first while a peer listens on IPv4 only).</summary>
    public static async Task<DicomConnection> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new DicomFailure(DicomOutcome.NetworkError, $"cannot resolve host '{host}': {e.SocketErrorCode}");
            }
        }

        if (addresses.Length == 0)
        {
            throw new DicomFailure(DicomOutcome.NetworkError, $"host '{host}' has no address");
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new DicomConnection(socket);
            }
            catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => new DicomFailure(DicomOutcome.ConnectionRefused, $"connection refused by {host}:{port}"),
            SocketError.TimedOut => new DicomFailure(DicomOutcome.TimedOut, $"TCP connect to {host}:{port} timed out in the kernel"),
            _ => new DicomFailure(DicomOutcome.NetworkError, $"cannot connect to {host}:{port}: {last.SocketErrorCode}"),
        };
    }

    /// <summary>Sends bytes already laid out as whole PDUs, in one write (the loop only covers short writes).</summary>
    public async ValueTask SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            while (!bytes.IsEmpty)
            {
                var sent = await socket.SendAsync(bytes, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                bytes = bytes[sent..];
            }
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DicomFailure(DicomOutcome.ConnectionClosed, $"send failed: {e.SocketErrorCode}");
        }
    }

    /// <summary>
    /// Reads one PDU. The declared length is checked against the limits before the body is read, so
    /// a hostile 4 GB length costs nothing but the 6-byte header.
    /// </summary>
    public async ValueTask<Pdu> ReceivePduAsync(uint advertisedMaxLength, CancellationToken cancellationToken)
    {
        await FillAsync(PduLimits.HeaderLength, cancellationToken).ConfigureAwait(false);
        var type = buffer[start];
        var length = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(start + 2, 4));
        PduDecoder.CheckDeclaredLength(type, length, advertisedMaxLength);
        var total = PduLimits.HeaderLength + (int)length;
        if (total <= buffer.Length)
        {
            await FillAsync(total, cancellationToken).ConfigureAwait(false);
            var pdu = PduDecoder.DecodeBody(type, buffer.AsSpan(start + PduLimits.HeaderLength, (int)length));
            start += total;
            return pdu;
        }

        // Larger than our buffer: read the body straight into an array of exactly its declared size.
        var body = new byte[length];
        start += PduLimits.HeaderLength;
        var have = Math.Min(end - start, body.Length);
        buffer.AsSpan(start, have).CopyTo(body);
        start += have;
        while (have < body.Length)
        {
            have += await ReceiveSomeAsync(body.AsMemory(have), cancellationToken).ConfigureAwait(false);
        }

        return PduDecoder.DecodeBody(type, body);
    }

    public void Dispose() => socket.Dispose();

    private async ValueTask FillAsync(int needed, CancellationToken cancellationToken)
    {
        if (end - start >= needed)
        {
            return;
        }

        if (start + needed > buffer.Length)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        while (end - start < needed)
        {
            end += await ReceiveSomeAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<int> ReceiveSomeAsync(Memory<byte> into, CancellationToken cancellationToken)
    {
        ArmQuickAck();
        int received;
        try
        {
            received = await socket.ReceiveAsync(into, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DicomFailure(DicomOutcome.ConnectionClosed, $"connection lost: {e.SocketErrorCode}");
        }

        if (received == 0)
        {
            throw new DicomFailure(DicomOutcome.ConnectionClosed, "peer closed the connection");
        }

        return received;
    }

    /// <summary>Linux clears TCP_QUICKACK after it is used, so it must be set again before each receive.</summary>
    private void ArmQuickAck()
    {
        if (quickAckUnsupported)
        {
            return;
        }

        try
        {
            socket.SetRawSocketOption(SolTcp, TcpQuickAck, One);
        }
        catch (SocketException)
        {
            quickAckUnsupported = true;
        }
    }
}
