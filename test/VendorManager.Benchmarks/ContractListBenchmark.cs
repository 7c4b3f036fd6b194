using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VendorManager.Contracts;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// The contract list (issue 5) over many contracts, through the real application service on SQLite
/// (the embedded default) and PostgreSQL: warm list requests with the usual filters, then the first
/// request after the clock moves on a day (the listings that expired overnight are refreshed before
/// the list) and a year (every listing is refreshed: the worst case, e.g. after a long downtime).
/// </summary>
internal static class ContractListBenchmark
{
    internal static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Zones = ["Europe/Amsterdam", "Europe/Amsterdam", "Europe/Amsterdam", "Europe/London", "America/New_York", "Asia/Kolkata"];

    public static async Task RunAsync(int contracts, int warmRuns)
    {
        Console.WriteLine(Invariant($"{contracts:N0} contracts, {warmRuns} warm runs per request, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        var results = new List<(string Provider, List<(string Request, double ColdMs, List<double> WarmMs)> Rows, double SeedSeconds)>();
        await using (var sqlite = await TestServices.SqliteAsync())
        {
            var (rows, seedSeconds) = await MeasureAsync(sqlite, contracts, warmRuns);
            results.Add(("SQLite", rows, seedSeconds));
        }
        await using var server = await PostgreSqlServer.StartAsync();
        await using (var postgres = await TestServices.PostgreSqlAsync(await server.CreateDatabaseAsync()))
        {
            var (rows, seedSeconds) = await MeasureAsync(postgres, contracts, warmRuns);
            results.Add(("PostgreSQL", rows, seedSeconds));
        }

        foreach (var (provider, rows, seedSeconds) in results)
        {
            Console.WriteLine();
            Console.WriteLine(Invariant($"{provider} (seeded in {seedSeconds:F0} s)"));
            Console.WriteLine("| request | first | warm median | warm min | warm max |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (request, cold, warm) in rows)
                Console.WriteLine(Invariant($"| {request} | {cold:N0} ms | {Median(warm):N0} ms | {warm.Min():N0} ms | {warm.Max():N0} ms |"));
        }
    }

    private static async Task<(List<(string, double, List<double>)> Rows, double SeedSeconds)> MeasureAsync(TestServices services, int count, int warmRuns)
    {
        services.Clock.SetUtcNow(Start);
        services.CurrentUser.ActAs(Guid.NewGuid(), "benchmark", VendorManagerRoles.Administrator);
        var seed = Stopwatch.StartNew();
        await SeedAsync(services, count);
        seed.Stop();
        Log($"seeded {count:N0} contracts in {seed.Elapsed.TotalSeconds:F0} s");

        var rows = new List<(string, double, List<double>)>();
        async Task Time(string name, GetContractListInput input)
        {
            var cold = await ListMsAsync(services, input);
            var warm = new List<double>();
            for (var i = 0; i < warmRuns; i++) warm.Add(await ListMsAsync(services, input));
            rows.Add((name, cold, warm));
        }

        await Time("first page by number", new GetContractListInput());
        await Time("status in notice period", new GetContractListInput { Status = ContractStatus.InNoticePeriod });
        await Time("notice deadline within 30 days, by deadline", new GetContractListInput { NoticeDeadlineWithinDays = 30, Sorting = "nextNoticeDeadline" });
        await Time("text search", new GetContractListInput { Filter = "SC-0042" });
        await Time("expiring, by end, last page", new GetContractListInput { Status = ContractStatus.Expiring, Sorting = "endsOn desc", SkipCount = 180 });

        foreach (var (label, step) in new[] { ("a day later: refresh, then status filter", TimeSpan.FromDays(1)), ("a year later: refresh all, then status filter", TimeSpan.FromDays(365)) })
        {
            services.Clock.Advance(step);
            var stale = await services.InScopeAsync(sp => sp.GetRequiredService<IContractListingRepository>().ListStaleIdsAsync(services.Clock.GetUtcNow().UtcDateTime));
            await Time(Invariant($"{label} ({stale.Count:N0} stale)"), new GetContractListInput { Status = ContractStatus.InNoticePeriod });
        }
        return (rows, seed.Elapsed.TotalSeconds);
    }

    private static async Task<double> ListMsAsync(TestServices services, GetContractListInput input)
    {
        var watch = Stopwatch.StartNew();
        await services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>().GetListAsync(input));
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Contracts with varied dates, zones, renewal settings and lead times, built by the domain and
    /// saved through the real DbContext in batches (listing and history written as in production).
    /// The number check is skipped: numbers are unique by construction.
    /// </summary>
    internal static async Task SeedAsync(TestServices services, int count)
    {
        var owner = new AppUser("owner", "owner@hospital.example.org", Start);
        await services.InScopeAsync(async sp => await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(owner));
        var vendorIds = new List<Guid>();
        for (var v = 0; v < 20; v++)
            vendorIds.Add((await services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().CreateAsync(new VendorInputBuilder().BuildCreate()))).Id);

        var random = new Random(5);
        for (var first = 0; first < count; first += 1_000)
        {
            await services.InScopeAsync(async sp =>
            {
                var manager = new ContractManager(new UncheckedNumbers(), sp.GetRequiredService<IVendorRepository>(), sp.GetRequiredService<IDicomNodeRepository>());
                var db = sp.GetRequiredService<VendorManagerDbContext>();
                for (var i = first; i < Math.Min(count, first + 1_000); i++)
                {
                    var start = new LocalDate(2023, 1, 1).PlusDays(random.Next(0, 1800));
                    var contract = await manager.CreateAsync(vendorIds[i % vendorIds.Count], Invariant($"SC-{i:D5}"), (ContractKind)random.Next(0, 5),
                        owner.Id, Zones[random.Next(Zones.Length)], start, start.PlusYears(random.Next(1, 4)).PlusDays(-1), Start);
                    contract.Retitle(Invariant($"Contract {i}"));
                    var kind = (RenewalKind)random.Next(0, 3);
                    if (kind != RenewalKind.None)
                        contract.ChangeRenewal(kind, ContractPeriod.Years(1), ContractPeriod.Months(random.Next(0, 7)), Start);
                    if (random.Next(4) == 0) contract.SetReminderLeadDays([120, 30]);
                    db.Contracts.Add(contract);
                }
                await db.SaveChangesAsync();
            });
        }
    }

    private sealed class UncheckedNumbers : IContractRepository
    {
        public Task<Contract> GetAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<Contract?> FindByNumberAsync(Guid vendorId, string normalizedNumber, CancellationToken ct = default) => Task.FromResult<Contract?>(null);
        public Task InsertAsync(Contract contract, CancellationToken ct = default) => throw new NotSupportedException();
        public void Delete(Contract contract) => throw new NotSupportedException();
    }
}
