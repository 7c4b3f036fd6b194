using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.TestBase.Builders;
using Xunit;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>The reminder job when all goes well: each reminder once, late ones caught up, edited dates re-armed, none for terminated or deleted contracts.</summary>
public sealed class ContractReminderJobTests : ContractReminderTestBase
{
    [Fact]
    public async Task Should_Send_Each_Due_Reminder_Exactly_Once_Across_Repeated_Runs()
    {
        var contract = await NewYearlyContractAsync();
        var quiet = await NewYearlyContractAsync(b => b.Running(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)));

        At("2026-07-02");
        for (var run = 0; run < 3; run++) await RunAsync();

        var mail = Assert.Single(Mails);
        Assert.Equal($"[VendorManager] Notice deadline in 90 days, 2026-09-30: {contract.VendorName} {contract.Number}", mail.Subject);
        Assert.Equal([contract.Owner.UserName + "@hospital.example.org", Procurement], mail.EnvelopeTo);
        Assert.Contains("Notice deadline: Wednesday 30 September 2026 (Europe/Amsterdam; the day ends 2026-09-30 22:00 UTC)", mail.TextBody);
        Assert.Contains("Days left:       90", mail.TextBody);
        Assert.Contains("Reminder:        90 days ahead, due on 2026-07-02", mail.TextBody);
        Assert.Contains("Without notice by then, the contract renews automatically", mail.TextBody);
        Assert.Contains($"Open the contract: {BaseUrl}/Contracts/{contract.Id}", mail.TextBody);
        Assert.DoesNotContain("sent late", mail.TextBody);

        var logged = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderTarget.NoticeDeadline, new DateOnly(2026, 9, 30), 90, new DateOnly(2026, 7, 2), ReminderDispatchState.Sent, 1, false),
            (logged.Target, logged.TargetDate, logged.LeadDays, logged.DueOn, logged.State, logged.Attempts, logged.SentLate));
        Assert.Equal(mail.EnvelopeTo, logged.Recipients);
        Assert.Equal(Now, logged.SentAt);
        Assert.Equal(logged.MessageId, mail.Message.MessageId);
        Assert.Empty(await RemindersAsync(quiet.Id));

        // The 60-day reminder, also once; the 90-day one stays sent.
        At("2026-08-01");
        for (var run = 0; run < 3; run++) await RunAsync();
        Assert.Equal(2, Mails.Count);
        Assert.Equal([60, 90], (await RemindersAsync(contract.Id)).Select(r => r.LeadDays));
        Assert.Equal(2, Mails.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Should_Catch_Up_A_Reminder_Missed_While_The_Server_Was_Down_And_Say_Its_Original_Due_Date()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-06-01");
        await RunAsync();
        Assert.Empty(Mails);

        // Down from 1 June to 5 August: the 90-day (2 July) and 60-day (1 August) reminders were both missed.
        At("2026-08-05");
        var result = await RunAsync();

        var mail = Assert.Single(Mails);
        Assert.Contains("in 56 days", mail.Subject);
        Assert.Contains("Reminder:        60 days ahead, due on 2026-08-01", mail.TextBody);
        Assert.Contains("This reminder was due on 2026-08-01 and is sent late, on 2026-08-05, because no reminder run took place between that day and now", mail.TextBody);
        var logged = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((60, new DateOnly(2026, 8, 1), true), (logged.LeadDays, logged.DueOn, logged.SentLate));
        // The 90-day reminder would only repeat it: never recorded, never sent.
        Assert.Equal((1, 1), (result.Plan.Recorded, result.Send.Sent));
    }

    [Fact]
    public async Task Should_Cancel_Reminders_That_No_Longer_Apply_When_The_Dates_Change_And_Send_The_New_Ones_When_Due()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-07-02");
        await RunAsync();
        Assert.Single(Mails);

        // On 1 August the relay refuses the owner: the 60-day reminder stays pending.
        At("2026-08-01");
        Relay!.RejectRecipient(contract.Owner.UserName + "@hospital.example.org");
        await RunAsync();
        Assert.Single(Mails);
        Assert.Equal(ReminderDispatchState.Pending, (await RemindersAsync(contract.Id)).Single(r => r.LeadDays == 60).State);

        // The term now ends 31 January 2027: notice deadline 31 October, reminders due 2 August, 1 September, 1 October.
        var current = await Contracts(s => s.GetAsync(contract.Id));
        await Contracts(s => s.UpdateAsync(contract.Id, new ContractInputBuilder(current.VendorId, current.Owner.Id)
            .Numbered(current.Number).BuildUpdate(current.ConcurrencyStamp, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 31))));
        Relay.AcceptRecipient(contract.Owner.UserName + "@hospital.example.org");
        await RunAsync();
        Assert.Single(Mails);
        var old = (await RemindersAsync(contract.Id)).Single(r => r.LeadDays == 60);
        Assert.Equal(ReminderDispatchState.Cancelled, old.State);
        Assert.Equal("The notice deadline is no longer 2026-09-30: the contract's dates changed, and its reminders follow the new dates.", old.Note);

        foreach (var day in new[] { "2026-08-02", "2026-08-03", "2026-09-01", "2026-09-01", "2026-10-01", "2026-10-31" })
        {
            At(day);
            await RunAsync();
        }

        var log = await RemindersAsync(contract.Id);
        Assert.Equal(
            [(new DateOnly(2026, 10, 31), 30, ReminderDispatchState.Sent), (new DateOnly(2026, 10, 31), 60, ReminderDispatchState.Sent),
             (new DateOnly(2026, 10, 31), 90, ReminderDispatchState.Sent), (new DateOnly(2026, 9, 30), 60, ReminderDispatchState.Cancelled),
             (new DateOnly(2026, 9, 30), 90, ReminderDispatchState.Sent)],
            log.Select(r => (r.TargetDate, r.LeadDays, r.State)));
        Assert.Equal(4, Mails.Count);
        Assert.Equal(4, Mails.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.Equal(["2026-09-30", "2026-10-31", "2026-10-31", "2026-10-31"], Mails.Select(m => m.Subject!.Split(", ")[1][..10]));
    }

    [Fact]
    public async Task Should_Rearm_A_Cancelled_Reminder_When_The_Dates_Are_Changed_Back()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-08-01");
        Relay!.RejectRecipient(Procurement);
        await RunAsync();
        await MoveEndAsync(contract.Id, new DateOnly(2027, 1, 31));
        await RunAsync();
        Assert.Equal(ReminderDispatchState.Cancelled, Assert.Single(await RemindersAsync(contract.Id)).State);

        await MoveEndAsync(contract.Id, new DateOnly(2026, 12, 31));
        Relay.AcceptRecipient(Procurement);
        await RunAsync();
        await RunAsync();

        var mail = Assert.Single(Mails);
        var logged = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderDispatchState.Sent, 60, logged.MessageId), (logged.State, logged.LeadDays, mail.Message.MessageId));
    }

    [Fact]
    public async Task Should_Send_Nothing_For_A_Terminated_Contract_And_Cancel_What_Was_Pending()
    {
        var terminatedEarly = await NewYearlyContractAsync();
        await Contracts(s => s.TerminateAsync(terminatedEarly.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 12, 31), Reason = "Replaced by a new archive" }));
        var terminatedLater = await NewYearlyContractAsync();
        var deleted = await NewYearlyContractAsync();

        At("2026-07-02");
        Relay!.RejectRecipient(Procurement);
        await RunAsync();
        Assert.Empty(await RemindersAsync(terminatedEarly.Id));
        Assert.Equal(ReminderDispatchState.Pending, Assert.Single(await RemindersAsync(terminatedLater.Id)).State);

        await Contracts(s => s.TerminateAsync(terminatedLater.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 12, 31), Reason = "Vendor left the market" }));
        var deletedReminder = Assert.Single(await RemindersAsync(deleted.Id));
        await Contracts(async s => { await s.DeleteAsync(deleted.Id); return 0; });
        Relay.AcceptRecipient(Procurement);
        foreach (var day in new[] { "2026-07-02", "2026-08-01", "2026-08-31", "2026-09-30" })
        {
            At(day);
            await RunAsync();
        }

        Assert.Empty(Mails);
        Assert.Empty(await RemindersAsync(terminatedEarly.Id));
        var cancelled = Assert.Single(await RemindersAsync(terminatedLater.Id));
        Assert.Equal((ReminderDispatchState.Cancelled, "The contract was terminated."), (cancelled.State, cancelled.Note));
        var row = await WithAsync<IContractReminderDispatchRepository, ContractReminderDispatch?>(r => r.FindAsync(deletedReminder.Id));
        Assert.Equal((ReminderDispatchState.Cancelled, "The contract was deleted."), (row!.State, row.Note));
    }

    [Fact]
    public async Task Should_Send_To_Procurement_Alone_When_The_Owners_Account_Is_Disabled()
    {
        var contract = await NewYearlyContractAsync();
        await WithAsync<UserManager<AppUser>>(async users =>
        {
            var owner = (await users.FindByIdAsync(contract.Owner.Id.ToString()))!;
            owner.IsActive = false;
            await users.UpdateAsync(owner);
        });

        At("2026-07-02");
        await RunAsync();

        Assert.Equal([Procurement], Assert.Single(Mails).EnvelopeTo);
    }

    private async Task MoveEndAsync(Guid contractId, DateOnly end)
    {
        var current = await Contracts(s => s.GetAsync(contractId));
        await Contracts(s => s.UpdateAsync(contractId, new ContractInputBuilder(current.VendorId, current.Owner.Id)
            .Numbered(current.Number).BuildUpdate(current.ConcurrencyStamp, current.Terms[^1].Start, end)));
    }
}
