using System.Diagnostics;

namespace VendorManager.TestBase.Servers;

public static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a command to completion; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> args, TimeSpan timeout, string? asUser = null,
        IDictionary<string, string>? environment = null)
    {
        var psi = asUser is null ? new ProcessStartInfo(fileName) : new ProcessStartInfo("runuser");
        if (asUser is not null)
        {
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add(asUser);
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(fileName);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.RedirectStandardInput = true;
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within {timeout}.");
        }
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{fileName} {string.Join(' ', psi.ArgumentList)} exited with {process.ExitCode}:\n{output}");
        return output;
    }
}
