using System.Buffers;
using System.Diagnostics;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using VendorManager.TestBase.Servers;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace VendorManager.TestBase.Mail;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free loopback port: it
/// speaks the protocol for real, so the sender under test goes through EHLO, AUTH, MAIL, RCPT and
/// DATA exactly as with a hospital relay, and every accepted message is kept for the test to read.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly object sync = new();
    private readonly List<ReceivedEmail> received = [];
    private readonly HashSet<string> rejected = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource stopping = new();
    private SmtpServerHost? server;
    private Task running = Task.CompletedTask;
    private TaskCompletionSource arrival = NewArrival();

    private SmtpTestServer(int port, string? userName, string? password)
    {
        Port = port;
        UserName = userName;
        Password = password;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>When set, the server refuses mail from clients that have not logged in with these.</summary>
    public string? UserName { get; }

    public string? Password { get; }

    public IReadOnlyList<ReceivedEmail> Messages
    {
        get
        {
            lock (sync)
            {
                return [.. received];
            }
        }
    }

    /// <summary>
    /// How long the server waits, once it has stored a message, before answering the end of DATA: a
    /// client that gives up first cannot know the message was taken (a relay whose answer is lost).
    /// </summary>
    public TimeSpan DataReplyDelay { get; set; }

    /// <param name="userName">Require AUTH with this user (and <paramref name="password"/>); null accepts anyone without it.</param>
    /// <param name="port">Listen here (a relay coming back on the port its clients are set up for); a free port when null.</param>
    public static async Task<SmtpTestServer> StartAsync(string? userName = null, string? password = null, int? port = null)
    {
        if ((userName is null) != (password is null))
        {
            throw new ArgumentException("give both a user name and a password, or neither");
        }

        var smtp = new SmtpTestServer(port ?? FreePort.Next(), userName, password);
        await smtp.ListenAsync();
        return smtp;
    }

    /// <summary>From now on RCPT TO this address is answered with a permanent failure (550).</summary>
    public void RejectRecipient(string address)
    {
        lock (sync)
        {
            rejected.Add(address);
        }
    }

    /// <summary>Accepts mail for an address <see cref="RejectRecipient"/> refused before (the mailbox is back).</summary>
    public void AcceptRecipient(string address)
    {
        lock (sync)
        {
            rejected.Remove(address);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived and returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Task next;
            lock (sync)
            {
                if (received.Count >= count)
                {
                    return [.. received];
                }

                next = arrival.Task;
            }

            var left = timeout - clock.Elapsed;
            try
            {
                await next.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"expected {count} message(s) on port {Port} within {timeout}, received {Messages.Count}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        server?.Shutdown();
        await stopping.CancelAsync();
        try
        {
            await running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (OperationCanceledException)
        {
            // the normal end of StartAsync when its token is cancelled
        }
        catch (TimeoutException)
        {
            // a client still holding a session; the process ends it
        }

        stopping.Dispose();
    }

    private async Task ListenAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("vm-smtp-test")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AuthenticationRequired(UserName is not null)
                // Tests speak plain text on loopback; a real relay would offer STARTTLS first.
                .AllowUnsecureAuthentication(true))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        services.Add(new DelegatingUserAuthenticator((user, password) => UserName is null || (user == UserName && password == Password)));

        server = new SmtpServerHost(options, services);
        running = server.StartAsync(stopping.Token);

        var clock = Stopwatch.StartNew();
        while (!await PortProbe.IsListeningAsync(Port))
        {
            if (running.IsCompleted)
            {
                await running; // surfaces why it could not listen
                throw new InvalidOperationException($"the SMTP test server stopped before listening on {Port}");
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException($"the SMTP test server did not listen on {Port} within 10 s");
            }

            await Task.Delay(20);
        }
    }

    private void Add(ReceivedEmail email)
    {
        TaskCompletionSource arrived;
        lock (sync)
        {
            received.Add(email);
            arrived = arrival;
            arrival = NewArrival();
        }

        arrived.SetResult();
    }

    private bool IsRejected(IMailbox mailbox)
    {
        lock (sync)
        {
            return rejected.Contains(Address(mailbox));
        }
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    private sealed class Store(SmtpTestServer owner) : IMessageStore
    {
        public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner.Add(new ReceivedEmail(
                Address(transaction.From),
                [.. transaction.To.Select(Address)],
                context.Authentication.IsAuthenticated ? context.Authentication.User : null,
                message));
            if (owner.DataReplyDelay > TimeSpan.Zero)
            {
                await Task.Delay(owner.DataReplyDelay, CancellationToken.None);
            }

            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(SmtpTestServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.IsRejected(to));
    }
}
