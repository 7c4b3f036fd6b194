using System.Globalization;
using VendorManager.Benchmarks;

// dotnet run -c Release --project test/VendorManager.Benchmarks -- startup [runs] [published-folder]
// (etc/scripts/bench-startup.sh publishes a ReadyToRun build and runs both.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- evidence [size-nodes] [uptime-nodes] [warm-runs]
// (etc/scripts/bench-evidence.sh; starts its own PostgreSQL.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- contracts [contracts] [warm-runs]
// (etc/scripts/bench-contracts.sh; SQLite, then a PostgreSQL of its own.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- contract-pages [contracts] [warm-runs]
// (the list page and a contract's page in the app's own process on SQLite.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- reminders [contracts] [steady-runs]
// (etc/scripts/bench-reminders.sh; SQLite, then a PostgreSQL of its own, each with an SMTP server in process.)
// dotnet run -c Release --project test/VendorManager.Benchmarks -- calendar [contracts] [warm-runs]
// (etc/scripts/bench-calendar.sh; SQLite, then a PostgreSQL of its own.)
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
    case "contracts":
        await ContractListBenchmark.RunAsync(contracts: Arg(1, 10_000), warmRuns: Arg(2, 5));
        return 0;
    case "contract-pages":
        await ContractPageBenchmark.RunAsync(contracts: Arg(1, 10_000), warmRuns: Arg(2, 5));
        return 0;
    case "reminders":
        await ContractReminderBenchmark.RunAsync(contracts: Arg(1, 10_000), steadyRuns: Arg(2, 5));
        return 0;
    case "calendar":
        await CalendarFeedBenchmark.RunAsync(contracts: Arg(1, 10_000), warmRuns: Arg(2, 5));
        return 0;
    case "poller-parts":
        await PollerParts.RunAsync(Arg(1, 2000));
        return 0;
    case "poller":
        await PollerBenchmark.RunAsync(nodes: Arg(1, 2000), silentNodes: Arg(2, 20), measureMinutes: Arg(3, 3), peers: Arg(4, 20));
        return 0;
    default:
        Console.Error.WriteLine("Usage: VendorManager.Benchmarks startup [runs] [published-folder]");
        Console.Error.WriteLine("       VendorManager.Benchmarks evidence [size-nodes=20] [uptime-nodes=1000] [warm-runs=5]");
        Console.Error.WriteLine("       VendorManager.Benchmarks poller [nodes=2000] [silent-nodes=20] [minutes=3] [storescp-peers=20]");
        Console.Error.WriteLine("       VendorManager.Benchmarks poller-parts [probes=2000]");
        Console.Error.WriteLine("       VendorManager.Benchmarks contracts [contracts=10000] [warm-runs=5]");
        Console.Error.WriteLine("       VendorManager.Benchmarks contract-pages [contracts=10000] [warm-runs=5]");
        Console.Error.WriteLine("       VendorManager.Benchmarks reminders [contracts=10000] [steady-runs=5]");
        Console.Error.WriteLine("       VendorManager.Benchmarks calendar [contracts=10000] [warm-runs=5]");
        return 2;
}
