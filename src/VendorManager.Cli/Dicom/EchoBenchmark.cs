using System.Diagnostics;
using System.Globalization;
using VendorManager.Dicom;

namespace VendorManager.Cli.Dicom;

/// <summary>
/// Full association cycles (connect, associate, C-ECHO, release) for a fixed duration at each
/// concurrency, all async from one process. The figures go into docs/benchmarks-dicom.md.
/// </summary>
public static class EchoBenchmark
{
    public static async Task<int> RunAsync(CliArguments a, DicomAssociationOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var duration = a.Seconds("--duration", TimeSpan.FromSeconds(5));
        var levels = (a.String("--concurrency") ?? "1,16,64")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1024 ? n : throw new UsageException("--concurrency takes numbers 1-1024, comma separated"))
            .ToArray();
        var client = new DicomClient();
        var rows = new List<(int Concurrency, LatencySummary Summary, string FirstFailure)>();
        foreach (var concurrency in levels)
        {
            var (summary, firstFailure) = await MeasureAsync(client, options, concurrency, duration, cancellationToken);
            rows.Add((concurrency, summary, firstFailure));
            if (!a.Has("--json"))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"concurrency {concurrency,3}: {summary}{(firstFailure.Length > 0 ? $" (first failure: {firstFailure})" : "")}"));
            }
        }

        if (a.Has("--json"))
        {
            output.WriteLine(ResultPrinter.ToJson(rows.Select(r => new { r.Concurrency, r.Summary, r.FirstFailure })));
        }

        return rows.All(r => r.Summary.Failures == 0) ? ExitCodes.Success : ExitCodes.For(DicomOutcome.TimedOut);
    }

    public static async Task<(LatencySummary Summary, string FirstFailure)> MeasureAsync(DicomClient client, DicomAssociationOptions options, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var cycles = new List<double>();
        var dimse = new List<double>();
        var failures = 0;
        var inWindow = 0;
        var firstFailure = string.Empty;
        var gate = new object();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var r = await client.EchoAsync(options, cancellationToken).ConfigureAwait(false);
                lock (gate)
                {
                    if (r.IsSuccess)
                    {
                        if (clock.Elapsed <= duration)
                        {
                            inWindow++;
                        }

                        cycles.Add(r.Timings.Total.TotalMilliseconds);
                        dimse.Add(r.Timings.Dimse!.Value.TotalMilliseconds);
                    }
                    else
                    {
                        failures++;
                        if (firstFailure.Length == 0)
                        {
                            firstFailure = $"{r.Outcome}: {r.Reason}";
                        }
                    }
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);

        // The rate counts cycles finished inside the window: a straggler stuck in a SYN retry at an
        // overloaded peer must not stretch the window, but its latency still counts in the percentiles.
        var summary = LatencySummary.From(cycles, dimse, failures, duration) with { CyclesPerSecond = inWindow / duration.TotalSeconds };
        return (summary, firstFailure);
    }
}
