using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Jobs;
using VendorManager.Notifications.Email;
using VendorManager.TestBase;
using VendorManager.TestBase.Mail;
using VendorManager.TestBase.Servers;
using static VendorManager.Benchmarks.EvidenceBenchmark;

namespace VendorManager.Benchmarks;

/// <summary>
/// The reminder job (issue 5) over many contracts, on SQLite and PostgreSQL, sending through a real
/// SMTP server in this process: the first run (every reminder due that day recorded and sent, the
/// step that sends timed apart from the planning), runs with nothing new due (the hourly steady
/// state), and the first run of the next day (that day's new reminders).
/// </summary>
internal static class ContractReminderBenchmark
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static async Task RunAsync(int contracts, int steadyRuns)
    {
        Console.WriteLine(Invariant($"{contracts:N0} contracts, {steadyRuns} runs with nothing new due, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        var tables = new List<(string Provider, List<(string Step, string Figure)> Rows)>();
        await using (var relay = await SmtpTestServer.StartAsync())
        await using (var sqlite = await TestServices.SqliteAsync(Settings(relay)))
            tables.Add(("SQLite", await MeasureAsync(sqlite, relay, contracts, steadyRuns)));
        await using (var relay = await SmtpTestServer.StartAsync())
        await using (var server = await PostgreSqlServer.StartAsync())
        await using (var postgres = await TestServices.PostgreSqlAsync(await server.CreateDatabaseAsync(), Settings(relay)))
            tables.Add(("PostgreSQL", await MeasureAsync(postgres, relay, contracts, steadyRuns)));

        foreach (var (provider, rows) in tables)
        {
            Console.WriteLine();
            Console.WriteLine(provider);
            Console.WriteLine("| step | figure |");
            Console.WriteLine("|---|---:|");
            foreach (var (step, figure) in rows) Console.WriteLine($"| {step} | {figure} |");
        }
    }

    private static Dictionary<string, string?> Settings(SmtpTestServer relay) => new()
    {
        ["Smtp:Host"] = relay.Host,
        ["Smtp:Port"] = relay.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "vendormanager@hospital.example.org",
        ["Contracts:Reminders:Recipients:0"] = "procurement@hospital.example.org",
        ["App:BaseUrl"] = "https://vendormanager.hospital.example",
    };

    private static async Task<List<(string, string)>> MeasureAsync(TestServices services, SmtpTestServer relay, int count, int steadyRuns)
    {
        services.Clock.SetUtcNow(Start);
        services.CurrentUser.ActAs(Guid.NewGuid(), "benchmark", VendorManagerRoles.Administrator);
        var seed = Stopwatch.StartNew();
        await ContractListBenchmark.SeedAsync(services, count);
        Log($"seeded {count:N0} contracts in {seed.Elapsed.TotalSeconds:F0} s");
        var rows = new List<(string, string)>();

        // The first run, in the job's own steps: planning records every reminder due today, then sending.
        var (plan, planMs) = await TimedAsync(services, sp => sp.GetRequiredService<ContractReminderPlanner>().PlanAsync());
        var smtp = new TimedEmailSender(services.Provider.GetRequiredService<IEmailSender>());
        var (send, sendMs) = await TimedAsync(services, sp => ActivatorUtilities.CreateInstance<ContractReminderDispatcher>(sp, smtp).SendPendingAsync());
        var each = Math.Max(1, send.Sent);
        rows.Add((Invariant($"first run, planning: {plan.ContractsEvaluated:N0} contracts evaluated, {plan.Recorded:N0} reminders due and recorded"), Ms(planMs)));
        rows.Add((Invariant($"first run, sending {send.Sent:N0} reminders through the in-process relay"), Invariant($"{Ms(sendMs)} ({sendMs / each:F1} ms each)")));
        rows.Add(("of which SMTP (connect, EHLO, MAIL, RCPT, DATA, QUIT with the in-process relay)",
            Invariant($"{Ms(smtp.Elapsed.TotalMilliseconds)} ({smtp.Elapsed.TotalMilliseconds / each:F1} ms each)")));
        rows.Add(("of which the rest (read, compose, claim and outcome commits)",
            Invariant($"{Ms(sendMs - smtp.Elapsed.TotalMilliseconds)} ({(sendMs - smtp.Elapsed.TotalMilliseconds) / each:F1} ms each)")));
        Log($"first run: planned {plan.Recorded} in {planMs:F0} ms, sent {send.Sent} in {sendMs:F0} ms; relay holds {relay.Messages.Count}");

        var steady = new List<double>();
        for (var i = 0; i < steadyRuns; i++)
        {
            services.Clock.Advance(TimeSpan.FromHours(1) / Math.Max(1, steadyRuns));
            var (result, ms) = await TimedAsync(services, sp => sp.GetRequiredService<SendContractRemindersJob>().RunAsync());
            if (result.Plan.Recorded + result.Send.Sent > 0) throw new InvalidOperationException($"a steady run did work: {result}");
            steady.Add(ms);
        }
        rows.Add(("whole job, nothing new due (the hourly steady state): median (min-max)", Invariant($"{Median(steady):N0} ms ({steady.Min():N0}-{steady.Max():N0})")));

        services.Clock.SetUtcNow(Start.AddDays(1));
        var (nextDay, nextDayMs) = await TimedAsync(services, sp => sp.GetRequiredService<SendContractRemindersJob>().RunAsync());
        rows.Add((Invariant($"whole job, the next day: {nextDay.Plan.Recorded} new reminders recorded, {nextDay.Plan.Cancelled} cancelled, {nextDay.Send.Sent} sent"), Ms(nextDayMs)));

        var sent = relay.Messages.Count;
        var again = await TimedAsync(services, sp => sp.GetRequiredService<SendContractRemindersJob>().RunAsync());
        if (relay.Messages.Count != sent) throw new InvalidOperationException("a repeated run sent mail again");
        rows.Add(("whole job, run again at once (nothing new)", Ms(again.Ms)));
        rows.Add(("mails the relay took in all / reminders logged as sent", Invariant($"{sent:N0} / {await SentCountAsync(services):N0}")));
        return rows;
    }

    private static Task<int> SentCountAsync(TestServices services)
        => services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().ContractReminderDispatches
            .CountAsync(r => r.State == ReminderDispatchState.Sent));

    private static async Task<(T Result, double Ms)> TimedAsync<T>(TestServices services, Func<IServiceProvider, Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await services.InScopeAsync(action);
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    private static string Ms(double ms) => Invariant($"{ms:N0} ms");

    /// <summary>Adds up the time spent inside the sender, so the figures can tell SMTP from the job's own work.</summary>
    private sealed class TimedEmailSender(IEmailSender inner) : IEmailSender
    {
        public TimeSpan Elapsed { get; private set; }

        public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken ct = default)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                return await inner.SendAsync(message, ct);
            }
            finally
            {
                Elapsed += watch.Elapsed;
            }
        }
    }
}
