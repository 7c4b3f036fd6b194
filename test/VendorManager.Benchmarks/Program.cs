using VendorManager.Benchmarks;

// dotnet run -c Release --project test/VendorManager.Benchmarks -- startup [runs] [published-folder]
// (etc/scripts/bench-startup.sh publishes a ReadyToRun build and runs both.)
var command = args.FirstOrDefault() ?? "startup";
switch (command)
{
    case "startup":
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        await StartupBenchmark.RunAsync(runs, args.Length > 2 ? Path.GetFullPath(args[2]) : null);
        return 0;
    case "poller-parts":
        await PollerParts.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
        return 0;
    case "poller":
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        await PollerBenchmark.RunAsync(nodes: Arg(1, 2000), silentNodes: Arg(2, 20), measureMinutes: Arg(3, 3), peers: Arg(4, 20));
        return 0;
    default:
        Console.Error.WriteLine("Usage: VendorManager.Benchmarks startup [runs] [published-folder]");
        Console.Error.WriteLine("       VendorManager.Benchmarks poller [nodes=2000] [silent-nodes=20] [minutes=3] [storescp-peers=20]");
        return 2;
}
