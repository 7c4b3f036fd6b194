using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Calendar;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Seeding;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// The calendar feed (issue 5) over many contracts, rendered through the real application service
/// on SQLite and PostgreSQL as a feed request runs it: the secret looked up, the owner's roles, the
/// running contracts read, the date engine per contract, Ical.Net for the events. Also the calendar
/// page's data, and the writer alone with nothing to reuse (what every request would cost without
/// keeping each event's text).
/// </summary>
internal static class CalendarFeedBenchmark
{
    private static readonly Uri Root = new("https://vm.hospital.example/");

    public static async Task RunAsync(int contracts, int warmRuns)
    {
        Console.WriteLine(Invariant($"{contracts:N0} contracts, {warmRuns} warm runs per request, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        var results = new List<(string Provider, List<(string Request, double ColdMs, List<double> WarmMs, List<double> WarmCpuMs)> Rows, string Size)>();
        await using (var sqlite = await TestServices.SqliteAsync())
        {
            var (rows, size) = await MeasureAsync(sqlite, contracts, warmRuns);
            results.Add(("SQLite", rows, size));
        }
        await using var server = await PostgreSqlServer.StartAsync();
        await using (var postgres = await TestServices.PostgreSqlAsync(await server.CreateDatabaseAsync()))
        {
            var (rows, size) = await MeasureAsync(postgres, contracts, warmRuns);
            results.Add(("PostgreSQL", rows, size));
        }

        foreach (var (provider, rows, size) in results)
        {
            Console.WriteLine();
            Console.WriteLine(Invariant($"{provider}: {size}"));
            Console.WriteLine("| request | first | warm median | warm min | warm max | warm CPU median |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var (request, cold, warm, cpu) in rows)
                Console.WriteLine(Invariant($"| {request} | {cold:N0} ms | {Median(warm):N0} ms | {warm.Min():N0} ms | {warm.Max():N0} ms | {Median(cpu):N0} ms |"));
        }
    }

    private static async Task<(List<(string, double, List<double>, List<double>)> Rows, string Size)> MeasureAsync(TestServices services, int count, int warmRuns)
    {
        services.Clock.SetUtcNow(ContractListBenchmark.Start);
        await ContractListBenchmark.SeedAsync(services, count);
        var secret = await SubscribeAsync(services);
        Log($"seeded {count:N0} contracts and a subscriber");

        var rows = new List<(string, double, List<double>, List<double>)>();
        async Task Time(string name, Func<Task> request, Func<Task>? beforeEach = null)
        {
            if (beforeEach is not null) await beforeEach();
            var (cold, _) = await MsAsync(request);
            var warm = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < warmRuns; i++)
            {
                if (beforeEach is not null) await beforeEach();
                var (wall, used) = await MsAsync(request);
                warm.Add(wall);
                cpu.Add(used);
            }
            rows.Add((name, cold, warm, cpu));
        }

        CalendarFeedDocument? feed = null;
        Task Render() => services.InScopeAsync(async sp => feed = await sp.GetRequiredService<ICalendarFeedAppService>().RenderAsync(secret, Root));
        await Time("feed", Render);
        var size = Invariant($"{feed!.EventCount:N0} events, {feed.Content.Length / 1024.0 / 1024.0:F1} MiB");

        var edited = 0;
        await Time("feed after one contract changed", Render, () => EditOneAsync(services, edited++));
        await Time("feed a day later (the window moved)", Render, () => { services.Clock.Advance(TimeSpan.FromDays(1)); return Task.CompletedTask; });
        await Time("calendar page data, 12 months", () => services.InScopeAsync(sp =>
            sp.GetRequiredService<ICalendarAppService>().GetContractDeadlinesAsync(new GetContractCalendarInput())));

        IReadOnlyList<CalendarEntry> entries = [];
        await services.InScopeAsync(async sp => entries = await Source(sp)
            .GetEntriesAsync(new CalendarFeedContext(services.Clock.GetUtcNow().UtcDateTime, Root, CalendarFeedAppService.FeedWindow)));
        var header = new CalendarFeedHeader("Benchmark", "Benchmark", CalendarFeedAppService.RefreshInterval);
        await Time("the events alone (read, dates, wording; no iCalendar text)", () => services.InScopeAsync(async sp =>
            await Source(sp).GetEntriesAsync(
                new CalendarFeedContext(services.Clock.GetUtcNow().UtcDateTime, Root, CalendarFeedAppService.FeedWindow))));
        var reusing = new CalendarFeedWriter();
        await Time("the writer alone, reusing unchanged events' text", () => Task.FromResult(reusing.Write(header, entries)));
        await Time("the writer alone, Ical.Net for every event (nothing reused)", () => Task.FromResult(new CalendarFeedWriter().Write(header, entries)));
        return (rows, size);
    }

    private static ICalendarEventSource Source(IServiceProvider sp) => sp.GetServices<ICalendarEventSource>().OfType<ContractDeadlineEventSource>().Single();

    /// <summary>A subscriber in the Procurement role with one feed; returns the feed's secret.</summary>
    private static async Task<string> SubscribeAsync(TestServices services)
    {
        await services.InScopeAsync(sp => sp.GetRequiredService<IdentityDataSeeder>().SeedAsync());
        var user = new AppUser("subscriber", "subscriber@hospital.example.org", ContractListBenchmark.Start);
        await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, VendorManagerRoles.Procurement);
        });
        services.CurrentUser.ActAs(user.Id, "subscriber", VendorManagerRoles.Procurement);
        var issued = await services.InScopeAsync(sp => sp.GetRequiredService<ICalendarFeedAppService>()
            .CreateAsync(new CreateCalendarFeedInput { Name = "Outlook" }, Root));
        return issued.Token;
    }

    /// <summary>An edit of the n-th contract: its stamp and last change move, so its events are new text.</summary>
    private static Task EditOneAsync(TestServices services, int n) => services.InScopeAsync(async sp =>
    {
        var contracts = sp.GetRequiredService<IContractAppService>();
        var page = await contracts.GetListAsync(new GetContractListInput { SkipCount = n, MaxResultCount = 1 });
        await contracts.SetReminderLeadDaysAsync(page.Items[0].Id, new SetReminderLeadDaysInput { ReminderLeadDays = [100 + n] });
    });

    /// <summary>
    /// Wall time, and this process's CPU time over it: on a machine shared with other work the wall
    /// time includes waiting for a core, the CPU time does not (PostgreSQL's own work is not in it).
    /// </summary>
    private static async Task<(double WallMs, double CpuMs)> MsAsync(Func<Task> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await action();
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
