using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using VendorManager.Dicom.Dimse;
using VendorManager.Dicom.Network;
using VendorManager.Dicom.Pdus;

namespace VendorManager.Dicom.Tests.Hostile;

/// <summary>
/// A one-connection TCP server inside the test that misbehaves on purpose. After its behaviour it
/// keeps reading until the client closes, so a test can prove the client let go of its socket.
/// </summary>
public sealed class HostilePeer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly TaskCompletionSource clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task serving;

    private HostilePeer(Func<Socket, CancellationToken, Task> behaviour)
    {
        listener.Start();
        serving = ServeAsync(behaviour);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public static HostilePeer Start(Func<Socket, CancellationToken, Task> behaviour) => new(behaviour);

    public DicomAssociationOptions Options(TimeSpan? connect = null, TimeSpan? associate = null, TimeSpan? dimse = null, TimeSpan? deadline = null) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAe = "HOSTILE",
        ConnectTimeout = connect ?? TimeSpan.FromSeconds(2),
        AssociationTimeout = associate ?? TimeSpan.FromSeconds(1),
        DimseTimeout = dimse ?? TimeSpan.FromSeconds(1),
        Deadline = deadline,
    };

    /// <summary>True once the client closed (FIN or RST) its end of the connection.</summary>
    public async Task<bool> ClientClosedWithinAsync(TimeSpan limit)
    {
        var finished = await Task.WhenAny(clientClosed.Task, Task.Delay(limit));
        return finished == clientClosed.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // stopping
        }

        stop.Dispose();
    }

    public static async Task<byte[]> ReadPduAsync(Socket socket, CancellationToken ct)
    {
        var header = new byte[6];
        await ReadExactlyAsync(socket, header, ct);
        var body = new byte[BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(2))];
        await ReadExactlyAsync(socket, body, ct);
        return [.. header, .. body];
    }

    public static async Task SendAsync(Socket socket, byte[] bytes, CancellationToken ct)
    {
        var sent = 0;
        while (sent < bytes.Length)
        {
            sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, ct);
        }
    }

    /// <summary>An A-ASSOCIATE-AC accepting context 1 with the first transfer syntax the client proposed.</summary>
    public static byte[] AcceptFor(byte[] request)
    {
        var rq = (AssociateRequestPdu)PduDecoder.Decode(request);
        var context = rq.PresentationContexts[0];
        return PduEncoder.Encode(new AssociateAcceptPdu(
            rq.CalledAe,
            rq.CallingAe,
            DicomUids.ApplicationContext,
            [new PresentationContextAnswer(context.Id, 0, context.TransferSyntaxes[0])],
            new UserInformation(16384, "1.2.3.4.5", "HOSTILE_1")));
    }

    public static byte[] EchoResponse(ushort status, ushort respondingTo = 1) =>
        Association.FragmentMessage(1, new DimseCommand(CommandField.CEchoResponse, DicomUids.Verification, MessageIdBeingRespondedTo: respondingTo, Status: status).Encode(), null, 16384);

    /// <summary>Reads the association request, accepts it, and reads the first DIMSE request.</summary>
    public static async Task AcceptAndReadRequestAsync(Socket s, CancellationToken ct)
    {
        var rq = await ReadPduAsync(s, ct);
        await SendAsync(s, AcceptFor(rq), ct);
        await ReadPduAsync(s, ct);
    }

    private static async Task ReadExactlyAsync(Socket socket, byte[] into, CancellationToken ct)
    {
        var have = 0;
        while (have < into.Length)
        {
            var n = await socket.ReceiveAsync(into.AsMemory(have), SocketFlags.None, ct);
            if (n == 0)
            {
                throw new EndOfStreamException("client closed");
            }

            have += n;
        }
    }

    private async Task ServeAsync(Func<Socket, CancellationToken, Task> behaviour)
    {
        using var socket = await listener.AcceptSocketAsync(stop.Token);
        try
        {
            await behaviour(socket, stop.Token);
        }
        catch (Exception e) when (e is EndOfStreamException or SocketException)
        {
            clientClosed.TrySetResult();
            return;
        }

        var sink = new byte[4096];
        try
        {
            while (await socket.ReceiveAsync(sink, SocketFlags.None, stop.Token) > 0)
            {
            }
        }
        catch (SocketException)
        {
            // a reset counts as closed too
        }

        clientClosed.TrySetResult();
    }
}
