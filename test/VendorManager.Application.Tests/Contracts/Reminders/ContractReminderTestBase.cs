using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Jobs;
using VendorManager.Notifications.Email;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Mail;
using VendorManager.TestBase.Servers;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>
/// The reminder job on SQLite under the fake clock, sending through a real SMTP server in the test
/// process. The relay listens on a port of its own that stays reserved, so a test can take it down
/// and bring it back where the settings point.
/// </summary>
public abstract class ContractReminderTestBase : ContractTestBase
{
    public const string Procurement = "procurement@hospital.example.org";
    public const string BaseUrl = "https://vendormanager.hospital.example";
    public const int MaxAttempts = 3;

    private readonly int _relayPort = FreePort.Next();
    private readonly List<ReceivedEmail> _earlierRelays = [];

    protected SmtpTestServer? Relay { get; private set; }

    /// <summary>Every message the relay took, across restarts.</summary>
    protected IReadOnlyList<ReceivedEmail> Mails => [.. _earlierRelays, .. Relay?.Messages ?? []];

    protected override async Task<IReadOnlyDictionary<string, string?>?> SettingsAsync()
    {
        await StartRelayAsync();
        return new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _relayPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:FromAddress"] = "vendormanager@hospital.example.org",
            ["Smtp:TimeoutSeconds"] = "5",
            ["Contracts:Reminders:Recipients:0"] = Procurement,
            ["Contracts:Reminders:MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
            ["App:BaseUrl"] = BaseUrl,
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await StopRelayAsync();
    }

    protected async Task StartRelayAsync() => Relay = await SmtpTestServer.StartAsync(port: _relayPort);

    protected async Task StopRelayAsync()
    {
        if (Relay is null) return;
        _earlierRelays.AddRange(Relay.Messages);
        await Relay.DisposeAsync();
        Relay = null;
    }

    /// <summary>Sets the clock to 09:00 UTC on <paramref name="day"/> (11:00 in Amsterdam in summer).</summary>
    protected void At(string day, int hourUtc = 9)
        => Services.Clock.SetUtcNow(new DateTimeOffset(DateOnly.Parse(day, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero));

    protected Task<ContractReminderRunResult> RunAsync(CancellationToken ct = default)
        => WithAsync<SendContractRemindersJob, ContractReminderRunResult>(job => job.RunAsync(ct));

    /// <summary>The job as the host builds it, but sending through <paramref name="sender"/>.</summary>
    protected Task<ContractReminderRunResult> RunWithSenderAsync(IEmailSender sender, CancellationToken ct = default)
        => Services.InScopeAsync(sp =>
        {
            var dispatcher = ActivatorUtilities.CreateInstance<ContractReminderDispatcher>(sp, sender);
            return ActivatorUtilities.CreateInstance<SendContractRemindersJob>(sp, dispatcher).RunAsync(ct);
        });

    protected Task<IReadOnlyList<ContractReminderDispatchDto>> RemindersAsync(Guid contractId)
        => WithAsync<IContractReminderAppService, IReadOnlyList<ContractReminderDispatchDto>>(s => s.GetListAsync(contractId));

    /// <summary>A one-year contract from 1 January 2026 renewing automatically with three months' notice: notice deadline 30 September, reminders due 2 July, 1 August and 31 August.</summary>
    protected async Task<ContractDto> NewYearlyContractAsync(Action<ContractInputBuilder>? change = null)
    {
        var builder = await NewContractInputAsync();
        change?.Invoke(builder);
        return await CreateAsync(builder);
    }
}
