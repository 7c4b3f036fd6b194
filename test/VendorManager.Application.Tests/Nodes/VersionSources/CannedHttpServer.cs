using System.Net;
using System.Text;
using VendorManager.TestBase.Servers;

namespace VendorManager.Application.Tests.Nodes.VersionSources;

/// <summary>
/// A tiny HTTP server on loopback that answers every request with one fixed response, or never
/// answers at all: what a wrong URL can point at (a web server, a login page, a hung service).
/// </summary>
internal sealed class CannedHttpServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly CancellationTokenSource stopping = new();

    private CannedHttpServer(int status, string contentType, string? body)
    {
        Port = FreePort.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = ServeAsync(status, contentType, body);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public static CannedHttpServer Answering(int status, string contentType, string body) => new(status, contentType, body);

    /// <summary>Accepts requests and never answers them.</summary>
    public static CannedHttpServer Silent() => new(0, string.Empty, null);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Close();
        try
        {
            await serving;
        }
        catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
            // closing the listener ends GetContextAsync this way
        }

        stopping.Dispose();
    }

    private async Task ServeAsync(int status, string contentType, string? body)
    {
        while (!stopping.IsCancellationRequested)
        {
            var context = await listener.GetContextAsync();
            if (body is null)
            {
                continue; // left open until the listener closes
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes, stopping.Token);
            context.Response.Close();
        }
    }
}
