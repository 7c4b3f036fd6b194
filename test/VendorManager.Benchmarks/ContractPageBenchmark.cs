using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.TestBase;
using VendorManager.TestBase.Http;
using VendorManager.TestBase.Servers;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// The contracts list page and a contract's page over many contracts (issue 5): the app in its own
/// process on the embedded SQLite database, signed in with a cookie as a browser is, each request
/// timed from send to the last byte of the HTML. The contracts are the list benchmark's; their
/// listings are brought up to today first, as the upkeep job keeps them.
/// </summary>
internal static class ContractPageBenchmark
{
    private const string Password = "benchmark-admin-password";

    public static async Task RunAsync(int contracts, int warmRuns)
    {
        Console.WriteLine(Invariant($"{contracts:N0} contracts, {warmRuns} warm runs per page, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        await using var services = await TestServices.SqliteAsync();
        services.Clock.SetUtcNow(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
        await ContractListBenchmark.SeedAsync(services, contracts);
        services.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var someone = await services.InScopeAsync(async sp =>
        {
            var list = sp.GetRequiredService<IContractAppService>();
            return (await list.GetListAsync(new GetContractListInput { Filter = "SC-00042" })).Items[0].Id;
        });
        Console.WriteLine("seeded, and the listings refreshed to today");

        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__DataDirectory"] = services.SqliteDirectory!,
            ["Seed__AdminPassword"] = Password,
            ["Probing__Enabled"] = "false",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });
        using var client = await SignInAsync(app.BaseAddress);

        Console.WriteLine("| page | first | warm median | warm min | warm max | rows shown / matching |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, url) in new[]
        {
            ("list, first page by number", "/Contracts"),
            ("list, in notice period", "/Contracts?status=InNoticePeriod"),
            ("list, notice deadline within 30 days, by deadline", "/Contracts?within=30&sort=nextNoticeDeadline"),
            ("list, text search", "/Contracts?filter=SC-0042"),
            ("list, by vendor", "/Contracts?sort=vendor"),
            ("list, expiring by end, page 3", "/Contracts?status=Expiring&sort=endsOn%20desc&p=3"),
            ("a contract's page", $"/Contracts/{someone}"),
        })
        {
            var (cold, html) = await GetAsync(client, url);
            var warm = new List<double>();
            for (var i = 0; i < warmRuns; i++) warm.Add((await GetAsync(client, url)).Ms);
            // The list's rows are the table's rows but its header; a contract's page has no count.
            var count = System.Text.RegularExpressions.Regex.Match(html, @"(\d+) contract\(s\)").Groups[1].Value;
            var shown = count.Length == 0 ? "—" : Invariant($"{html.Split("<tr>").Length - 2} / {count}");
            Console.WriteLine(Invariant($"| {name} | {cold:N0} ms | {Median(warm):N0} ms | {warm.Min():N0} ms | {warm.Max():N0} ms | {shown} |"));
        }
    }

    private static async Task<(double Ms, string Html)> GetAsync(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}");
        return (watch.Elapsed.TotalMilliseconds, html);
    }

    private static async Task<HttpClient> SignInAsync(Uri baseAddress)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var token = AntiforgeryForm.Token(await client.GetStringAsync("/Account/Login"));
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.UserName"] = "admin", ["Input.Password"] = Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed with {(int)response.StatusCode}");
        return client;
    }
}
