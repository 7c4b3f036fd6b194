using System.Diagnostics;
using System.Globalization;
using System.Net;
using VendorManager.TestBase.Http;
using VendorManager.TestBase.Servers;

namespace VendorManager.Benchmarks;

/// <summary>
/// Cold start on the embedded default: a new process on a fresh data folder (so it creates and
/// migrates SQLite, seeds, creates Data Protection keys) until /health/ready first answers 200,
/// then sign-in and the first render of the vendor list, all timed from process start.
/// </summary>
internal static class StartupBenchmark
{
    private const string Password = "benchmark-admin-password";

    public static async Task RunAsync(int runs, string? publishedDirectory)
    {
        var rows = new List<(double Ready, double SignedIn, double FirstList, double ListRender)>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Seed__AdminPassword"] = Password }, publishedDirectory: publishedDirectory);
            var ready = clock.Elapsed.TotalMilliseconds;

            var cookies = new CookieContainer();
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
            var form = await http.GetStringAsync("/Account/Login");
            var login = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryForm.Token(form),
                ["Input.UserName"] = "admin",
                ["Input.Password"] = Password,
            }));
            if (login.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("Sign-in failed: " + login.StatusCode);
            var signedIn = clock.Elapsed.TotalMilliseconds;

            var listClock = Stopwatch.StartNew();
            var list = await http.GetAsync("/Vendors");
            list.EnsureSuccessStatusCode();
            _ = await list.Content.ReadAsStringAsync();
            rows.Add((ready, signedIn, clock.Elapsed.TotalMilliseconds, listClock.Elapsed.TotalMilliseconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1}: ready {ready:F0} ms, signed in {signedIn:F0} ms, vendor list rendered {clock.Elapsed.TotalMilliseconds:F0} ms (list request {listClock.Elapsed.TotalMilliseconds:F0} ms)"));
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        Console.WriteLine();
        Console.WriteLine(publishedDirectory is null ? "Build output (dotnet run / dotnet build -c Release):" : "Published ReadyToRun output:");
        Console.WriteLine("| measure (from process start, fresh data folder) | median | min | max |");
        Console.WriteLine("|---|---|---|---|");
        void Row(string name, Func<(double Ready, double SignedIn, double FirstList, double ListRender), double> pick)
            => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {Median(rows.Select(pick)):F0} ms | {rows.Min(pick):F0} ms | {rows.Max(pick):F0} ms |"));
        Row("first 200 from /health/ready", r => r.Ready);
        Row("signed in (login form + POST)", r => r.SignedIn);
        Row("first vendor list rendered", r => r.FirstList);
        Row("the first /Vendors request alone", r => r.ListRender);
    }
}
