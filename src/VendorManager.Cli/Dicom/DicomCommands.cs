using System.Diagnostics;
using VendorManager.Dicom;

namespace VendorManager.Cli.Dicom;

/// <summary>`dicom echo`, `dicom find` and `dicom bench`: the troubleshooting front of VendorManager.Dicom.</summary>
public static class DicomCommands
{
    private static readonly HashSet<string> ConnectionOptions =
    [
        "--host", "--port", "--called-ae", "--calling-ae", "--connect-timeout", "--assoc-timeout",
        "--dimse-timeout", "--deadline", "--max-pdu",
    ];

    private static readonly HashSet<string> QueryOptions =
        ["--patient-name", "--patient-id", "--study-date", "--accession", "--study-uid", "--modalities", "--cancel-after"];

    public const string Help = """
        usage:
          vendormanager dicom echo  CONNECTION [--repeat N] [--json]
          vendormanager dicom find  CONNECTION [QUERY] [--deep-probe] [--cancel-after N] [--repeat N] [--json]
          vendormanager dicom bench CONNECTION [--duration S] [--concurrency 1,16,64] [--json]
        CONNECTION: --host H --port P --called-ae AE [--calling-ae AE (VENDORMGR)]
                    [--connect-timeout S (10)] [--assoc-timeout S (30)] [--dimse-timeout S (30)]
                    [--deadline S] [--max-pdu N (65536, 0 = unlimited)]
        QUERY:      [--patient-name X] [--patient-id X] [--study-date X] [--accession X]
                    [--study-uid X] [--modalities X]   (STUDY level, Study Root)
        --repeat N runs N full association cycles one after another and ends with a summary.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Help);
            output.WriteLine(ExitCodes.Table);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "echo" => await RepeatAsync(Parse(rest, ["--repeat"], ["--json"]), output, isFind: false, cancellationToken),
                "find" => await RepeatAsync(Parse(rest, [.. QueryOptions, "--repeat"], ["--json", "--deep-probe"]), output, isFind: true, cancellationToken),
                "bench" => await EchoBenchmark.RunAsync(Parse(rest, ["--duration", "--concurrency"], ["--json"]), ToOptions(Parse(rest, ["--duration", "--concurrency"], ["--json"])), output, cancellationToken),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"E: {e.Message}");
            error.WriteLine(Help);
            return ExitCodes.Usage;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"E: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("E: cancelled");
            return ExitCodes.Cancelled;
        }
    }

    private static CliArguments Parse(string[] args, IEnumerable<string> extraValues, IEnumerable<string> flags) =>
        CliArguments.Parse(args, ConnectionOptions.Concat(extraValues).ToHashSet(), flags.ToHashSet());

    public static DicomAssociationOptions ToOptions(CliArguments a)
    {
        var options = new DicomAssociationOptions
        {
            Host = a.Required("--host"),
            Port = a.Int("--port", 0, 1, 65535) is var p and > 0 ? p : throw new UsageException("--port is required"),
            CalledAe = a.Required("--called-ae"),
            CallingAe = a.String("--calling-ae") ?? DicomImplementation.DefaultCallingAe,
            ConnectTimeout = a.Seconds("--connect-timeout", TimeSpan.FromSeconds(10)),
            AssociationTimeout = a.Seconds("--assoc-timeout", TimeSpan.FromSeconds(30)),
            DimseTimeout = a.Seconds("--dimse-timeout", TimeSpan.FromSeconds(30)),
            Deadline = a.Has("--deadline") ? a.Seconds("--deadline", TimeSpan.Zero) : null,
            MaxPduLength = (uint)a.Int("--max-pdu", 65536, 0),
        };
        options.Validate();
        return options;
    }

    private static StudyQuery ToQuery(CliArguments a)
    {
        var query = a.Has("--deep-probe") ? StudyQuery.DeepProbe() : StudyQuery.All;
        return query with
        {
            PatientName = a.String("--patient-name") ?? query.PatientName,
            PatientId = a.String("--patient-id") ?? query.PatientId,
            StudyDate = a.String("--study-date") ?? query.StudyDate,
            AccessionNumber = a.String("--accession") ?? query.AccessionNumber,
            StudyInstanceUid = a.String("--study-uid") ?? query.StudyInstanceUid,
            ModalitiesInStudy = a.String("--modalities") ?? query.ModalitiesInStudy,
        };
    }

    private static async Task<int> RepeatAsync(CliArguments a, TextWriter output, bool isFind, CancellationToken cancellationToken)
    {
        var options = ToOptions(a);
        var repeat = a.Int("--repeat", 1, 1, 10_000_000);
        var json = a.Has("--json");
        var query = isFind ? ToQuery(a) : null;
        int? cancelAfter = a.Has("--cancel-after") ? a.Int("--cancel-after", 1, 1) : null;
        var client = new DicomClient();
        var cycles = new List<double>();
        var dimse = new List<double>();
        var results = new List<object>();
        var failures = 0;
        var exit = ExitCodes.Success;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < repeat; i++)
        {
            DicomOperationResult r = query is null
                ? await client.EchoAsync(options, cancellationToken)
                : await client.FindStudiesAsync(options, query, cancelAfter, cancellationToken);
            cycles.Add(r.Timings.Total.TotalMilliseconds);
            if (r.Timings.Dimse is { } d)
            {
                dimse.Add(d.TotalMilliseconds);
            }

            if (!r.IsSuccess)
            {
                failures++;
                if (exit == ExitCodes.Success)
                {
                    exit = ExitCodes.For(r.Outcome);
                }
            }

            if (json)
            {
                results.Add(ResultPrinter.JsonView(r));
            }
            else
            {
                ResultPrinter.PrintHuman(output, options, r, verbose: repeat == 1);
            }
        }

        var summary = LatencySummary.From(cycles, dimse, failures, clock.Elapsed);
        if (json)
        {
            output.WriteLine(ResultPrinter.ToJson(repeat == 1 ? results[0] : new { Attempts = results, Summary = summary }));
        }
        else if (repeat > 1)
        {
            output.WriteLine($"I: Summary: {summary}");
        }

        return exit;
    }
}
