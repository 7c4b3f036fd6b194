using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VendorManager.Dicom.Pdus;
using VendorManager.TestBase.Servers;

namespace VendorManager.Dicom.Tests.Hostile;

/// <summary>
/// Each misbehaving peer ends in its typed outcome within its timeout, and the client closes its
/// socket (the peer sees EOF or a reset) so nothing is left behind.
/// </summary>
public sealed class HostilePeerTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);
    private readonly DicomClient client = new();

    [Fact]
    public async Task Should_Report_A_Closed_Port_As_Refused()
    {
        var options = new DicomAssociationOptions { Host = "127.0.0.1", Port = FreePort.Next(), CalledAe = "NOBODY" };

        var result = await client.EchoAsync(options);

        Assert.Equal(DicomOutcome.ConnectionRefused, result.Outcome);
        Assert.Equal(DicomStage.Connect, result.FailedStage);
        Assert.Null(result.Timings.Associate);
    }

    [Fact]
    public async Task Should_Time_Out_In_Connect_When_The_Peer_Never_Completes_The_Handshake()
    {
        // A listener that never accepts, with its backlog full: the kernel drops further SYNs.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 16; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(filler);
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
                try
                {
                    await filler.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), wait.Token);
                }
                catch (OperationCanceledException)
                {
                    break; // the backlog is full
                }
            }

            var options = new DicomAssociationOptions { Host = "127.0.0.1", Port = port, CalledAe = "SLOWSYN", ConnectTimeout = TimeSpan.FromSeconds(1) };
            var clock = Stopwatch.StartNew();

            var result = await client.EchoAsync(options);

            Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
            Assert.Equal(DicomStage.Connect, result.FailedStage);
            Assert.Contains("TCP connect timed out after 1 s", result.Reason);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + Slack);
        }
        finally
        {
            fillers.ForEach(f => f.Dispose());
        }
    }

    [Fact]
    public async Task Should_Time_Out_In_Association_When_The_Peer_Accepts_Tcp_But_Never_Answers()
    {
        await using var peer = HostilePeer.Start((s, ct) => HostilePeer.ReadPduAsync(s, ct));

        var result = await TimedAsync(() => client.EchoAsync(peer.Options(associate: TimeSpan.FromSeconds(1))), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Time_Out_In_Dimse_When_The_Peer_Accepts_But_Never_Answers_The_Echo()
    {
        await using var peer = HostilePeer.Start(HostilePeer.AcceptAndReadRequestAsync);

        var result = await TimedAsync(() => client.EchoAsync(peer.Options(dimse: TimeSpan.FromSeconds(1))), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
        Assert.Equal(DicomStage.Dimse, result.FailedStage);
        Assert.Equal("1.2.3.4.5", result.Peer?.ImplementationClassUid);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Stop_At_The_Overall_Deadline_Whatever_The_Stage_Timeouts()
    {
        await using var peer = HostilePeer.Start(HostilePeer.AcceptAndReadRequestAsync);
        var options = peer.Options(associate: TimeSpan.FromSeconds(30), dimse: TimeSpan.FromSeconds(30), deadline: TimeSpan.FromSeconds(1.2));

        var result = await TimedAsync(() => client.EchoAsync(options), TimeSpan.FromSeconds(1.2));

        Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
        Assert.Equal(DicomStage.Dimse, result.FailedStage);
        Assert.Contains("overall deadline", result.Reason);
    }

    [Fact]
    public async Task Should_Report_An_A_Abort_Sent_Instead_Of_The_Echo_Response()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.AcceptAndReadRequestAsync(s, ct);
            await HostilePeer.SendAsync(s, PduEncoder.Encode(new AbortPdu(2, 2)), ct);
        });

        var result = await TimedAsync(() => client.EchoAsync(peer.Options()), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.Aborted, result.Outcome);
        Assert.Equal(DicomStage.Dimse, result.FailedStage);
        Assert.Equal(new AbortInfo(2, 2), result.Abort);
        Assert.Contains("unexpected PDU", result.Reason);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Report_An_A_Abort_Sent_Instead_Of_The_Association_Answer()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.ReadPduAsync(s, ct);
            await HostilePeer.SendAsync(s, PduEncoder.Encode(new AbortPdu(0, 0)), ct);
        });

        var result = await TimedAsync(() => client.EchoAsync(peer.Options()), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.Aborted, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.Equal("service user", result.Abort!.SourceText);
    }

    [Fact]
    public async Task Should_Report_Bytes_That_Are_Not_Dicom_As_A_Protocol_Error()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.ReadPduAsync(s, ct);
            await HostilePeer.SendAsync(s, Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"), ct);
        });

        var result = await TimedAsync(() => client.EchoAsync(peer.Options()), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.ProtocolError, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.Contains("unknown PDU type 0x48", result.Reason);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Refuse_A_Declared_4_GB_Pdu_Without_Reading_Or_Allocating_It()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.ReadPduAsync(s, ct);
            await HostilePeer.SendAsync(s, [0x02, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01], ct);
        });
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);

        var result = await TimedAsync(() => client.EchoAsync(peer.Options()), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.ProtocolError, result.Outcome);
        Assert.Contains("4294967295", result.Reason);
        Assert.True(GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore < 256L * 1024 * 1024, "the declared length was allocated");
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Time_Out_A_Peer_That_Answers_One_Byte_Per_Second()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            var accept = HostilePeer.AcceptFor(await HostilePeer.ReadPduAsync(s, ct));
            foreach (var b in accept)
            {
                await HostilePeer.SendAsync(s, [b], ct);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        });

        var result = await TimedAsync(() => client.EchoAsync(peer.Options(associate: TimeSpan.FromSeconds(2.5))), TimeSpan.FromSeconds(2.5));

        Assert.Equal(DicomOutcome.TimedOut, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Report_A_Peer_That_Hangs_Up_As_Connection_Closed()
    {
        await using var peer = HostilePeer.Start((s, _) =>
        {
            s.Shutdown(SocketShutdown.Both);
            return Task.CompletedTask;
        });

        var result = await TimedAsync(() => client.EchoAsync(peer.Options()), TimeSpan.FromSeconds(1));

        Assert.Equal(DicomOutcome.ConnectionClosed, result.Outcome);
        Assert.Equal(DicomStage.Associate, result.FailedStage);
    }

    [Fact]
    public async Task Should_Report_A_Failure_Status_As_Dimse_Failure()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.AcceptAndReadRequestAsync(s, ct);
            await HostilePeer.SendAsync(s, HostilePeer.EchoResponse(0x0110), ct);
            await HostilePeer.ReadPduAsync(s, ct);
            await HostilePeer.SendAsync(s, PduEncoder.Encode(new ReleaseResponsePdu()), ct);
        });

        var result = await client.EchoAsync(peer.Options());

        Assert.Equal(DicomOutcome.DimseFailure, result.Outcome);
        Assert.Equal((ushort?)0x0110, result.DimseStatus);
        Assert.Contains("processing failure", result.Reason);
        Assert.NotNull(result.Timings.Release);
    }

    [Fact]
    public async Task Should_Report_A_Response_To_Another_Message_As_A_Protocol_Error()
    {
        await using var peer = HostilePeer.Start(async (s, ct) =>
        {
            await HostilePeer.AcceptAndReadRequestAsync(s, ct);
            await HostilePeer.SendAsync(s, HostilePeer.EchoResponse(0x0000, respondingTo: 77), ct);
        });

        var result = await client.EchoAsync(peer.Options());

        Assert.Equal(DicomOutcome.ProtocolError, result.Outcome);
        Assert.Contains("answers message 77", result.Reason);
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    [Fact]
    public async Task Should_Honour_The_Callers_Cancellation_And_Close_The_Socket()
    {
        await using var peer = HostilePeer.Start(HostilePeer.AcceptAndReadRequestAsync);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.EchoAsync(peer.Options(dimse: TimeSpan.FromSeconds(30)), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"cancellation took {clock.Elapsed}");
        Assert.True(await peer.ClientClosedWithinAsync(TimeSpan.FromSeconds(3)), "client kept its socket open");
    }

    private static async Task<EchoResult> TimedAsync(Func<Task<EchoResult>> run, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var result = await run();
        Assert.True(clock.Elapsed < timeout + Slack, $"took {clock.Elapsed}, more than {timeout} + slack: {result.Outcome} {result.Reason}");
        return result;
    }
}
