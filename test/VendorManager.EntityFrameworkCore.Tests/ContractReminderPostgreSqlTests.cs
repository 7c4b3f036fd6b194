using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Jobs;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Mail;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>
/// Several instances running the reminder job at once on one PostgreSQL: the unique key lets one of
/// them record each reminder, the revision lets one of them send it, so every reminder goes out once.
/// </summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class ContractReminderPostgreSqlTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private SmtpTestServer _relay = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _relay = await SmtpTestServer.StartAsync();
        _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Smtp:Host"] = _relay.Host,
            ["Smtp:Port"] = _relay.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:FromAddress"] = "vendormanager@hospital.example.org",
            ["Contracts:Reminders:Recipients:0"] = "procurement@hospital.example.org",
        });
        _services.CurrentUser.ActAs(Guid.NewGuid(), "contract.admin", "ContractAdmin");
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _relay.DisposeAsync();
    }

    [Fact]
    public async Task Should_Send_Each_Reminder_Once_When_Several_Instances_Run_The_Job_At_Once()
    {
        var contracts = await NewContractsAsync(24);
        _services.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero));

        var results = new List<ContractReminderRunResult>();
        for (var round = 0; round < 3; round++)
            results.AddRange(await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
                _services.InScopeAsync(sp => sp.GetRequiredService<SendContractRemindersJob>().RunAsync())))));

        Assert.Equal(contracts.Count, results.Sum(r => r.Plan.Recorded));
        Assert.Equal(contracts.Count, results.Sum(r => r.Send.Sent));
        Assert.Equal(contracts.Count, _relay.Messages.Count);
        Assert.Equal(contracts.Count, _relay.Messages.Select(m => m.Message.MessageId).Distinct().Count());
        foreach (var id in contracts)
        {
            var row = Assert.Single(await _services.InScopeAsync(sp => sp.GetRequiredService<IContractReminderDispatchRepository>().ListForContractAsync(id)));
            Assert.Equal((ReminderDispatchState.Sent, 1), (row.State, row.Attempts));
            Assert.Single(_relay.Messages, m => m.Message.MessageId == row.MessageId);
        }
    }

    [Fact]
    public async Task Should_Record_A_Reminder_Key_Once_When_Instances_Insert_It_Together()
    {
        var id = (await NewContractsAsync(1))[0];
        var now = new DateTime(2026, 7, 2, 9, 0, 0, DateTimeKind.Utc);
        var schedule = Assert.Single(await _services.InScopeAsync(sp => sp.GetRequiredService<IContractReminderSource>().ReadSchedulesAsync(null, 10)));
        Assert.Equal(id, schedule.ContractId);
        var due = Assert.Single(ContractDateEngine.Evaluate(schedule, now).RemindersToSend());

        var inserted = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => _services.InScopeAsync(sp =>
            sp.GetRequiredService<IContractReminderDispatchRepository>().InsertNewAsync([ContractReminderDispatch.Record(due, $"r.{i}@hospital.example", now)])))));

        var winner = Assert.Single(inserted.SelectMany(rows => rows));
        var stored = Assert.Single(await _services.InScopeAsync(sp => sp.GetRequiredService<IContractReminderDispatchRepository>().ListForContractAsync(id)));
        Assert.Equal((winner.Id, winner.MessageId, due.Key, new LocalDate(2026, 7, 2)), (stored.Id, stored.MessageId, stored.Key, stored.DueOn));
    }

    /// <summary>Contracts like the builder's default: notice deadline 30 September 2026, the 90-day reminder due on 2 July.</summary>
    private async Task<List<Guid>> NewContractsAsync(int count)
    {
        var vendor = await _services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().CreateAsync(new VendorInputBuilder().BuildCreate()));
        var name = "owner-" + Guid.NewGuid().ToString("N")[..6];
        var owner = new AppUser(name, $"{name}@hospital.example.org", _services.Clock.GetUtcNow().UtcDateTime);
        await _services.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(owner)).Succeeded));
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add((await _services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>().CreateAsync(
                new ContractInputBuilder(vendor.Id, owner.Id).BuildCreate()))).Id);
        return ids;
    }
}
