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
    default:
        Console.Error.WriteLine("Usage: VendorManager.Benchmarks startup [runs] [published-folder]");
        return 2;
}
