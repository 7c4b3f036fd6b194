using System.Globalization;
using VendorManager.Benchmarks;

// dotnet run -c Release --project test/VendorManager.Benchmarks -- startup [runs] [published-folder]
// (etc/scripts/bench-startup.sh publishes a ReadyToRun build and runs both.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- evidence [size-nodes] [uptime-nodes] [warm-runs]
// (etc/scripts/bench-evidence.sh; starts its own PostgreSQL.)
var command = args.FirstOrDefault() ?? "startup";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
switch (command)
{
    case "startup":
        await StartupBenchmark.RunAsync(Arg(1, 5), args.Length > 2 ? Path.GetFullPath(args[2]) : null);
        return 0;
    case "evidence":
        await EvidenceBenchmark.RunAsync(sizeNodes: Arg(1, 20), uptimeNodes: Arg(2, 1_000), warmRuns: Arg(3, 5));
        return 0;
    default:
        Console.Error.WriteLine("Usage: VendorManager.Benchmarks startup [runs] [published-folder]");
        Console.Error.WriteLine("       VendorManager.Benchmarks evidence [size-nodes=20] [uptime-nodes=1000] [warm-runs=5]");
        return 2;
}
