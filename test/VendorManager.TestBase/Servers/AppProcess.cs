using System.Diagnostics;
using System.Text;

namespace VendorManager.TestBase.Servers;

/// <summary>
/// The web app as an operator runs it: its own process (`dotnet VendorManager.Web.dll`) on a free
/// loopback port, a fresh data folder, configured through environment variables only.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly string? _dataDirectory;

    public Uri BaseAddress { get; }
    public int ProcessId => _process.Id;
    public TimeSpan TimeToReady { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    private AppProcess(Process process, StringBuilder output, Uri baseAddress, TimeSpan timeToReady, string? dataDirectory)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        TimeToReady = timeToReady;
        _dataDirectory = dataDirectory;
    }

    /// <param name="publishedDirectory">A `dotnet publish` output to run instead of the build output (content root = that folder).</param>
    public static async Task<AppProcess> StartAsync(IDictionary<string, string>? environment = null, TimeSpan? timeout = null,
        string? publishedDirectory = null)
    {
        var webDirectory = publishedDirectory ?? Path.Combine(RepositoryPaths.Root, "src", "VendorManager.Web");
        var dll = publishedDirectory is not null
            ? Path.Combine(publishedDirectory, "VendorManager.Web.dll")
            : Path.Combine(webDirectory, "bin", RepositoryPaths.Configuration, "net10.0", "VendorManager.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build the solution first.");

        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "vm-app-" + Guid.NewGuid().ToString("N")[..12]);
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = webDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(baseAddress.ToString());
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Storage__DataDirectory"] = dataDirectory;
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = stopwatch.Elapsed + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before it was ready:\n{output}");
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (stopwatch.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The app was not ready within {deadline}:\n{output}");
            }
            await Task.Delay(20);
        }
        return new AppProcess(process, output, baseAddress, stopwatch.Elapsed, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_dataDirectory is not null)
            try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
