using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Notifications.Email;
using Xunit;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>
/// The reminder job when sending goes wrong: a refusal is retried until the relay takes it, and
/// nothing that may have reached the relay is ever sent again by itself.
/// </summary>
public sealed class ContractReminderFailureTests : ContractReminderTestBase
{
    [Fact]
    public async Task Should_Retry_While_The_Relay_Is_Down_And_Send_Once_When_It_Is_Back()
    {
        var contract = await NewYearlyContractAsync();
        await StopRelayAsync();

        At("2026-07-02");
        await RunAsync();
        At("2026-07-02", hourUtc: 10);
        await RunAsync();
        var waiting = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderDispatchState.Pending, 2), (waiting.State, waiting.Attempts));
        Assert.Contains("connection refused", waiting.LastError);

        await StartRelayAsync();
        At("2026-07-03");
        await RunAsync();
        await RunAsync();

        var mail = Assert.Single(Mails);
        Assert.Contains("This reminder was due on 2026-07-02 and is sent late, on 2026-07-03, because earlier attempts to send it failed (2 so far; the last: connection refused", mail.TextBody);
        var sent = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderDispatchState.Sent, 3, null, true, sent.MessageId), (sent.State, sent.Attempts, sent.LastError, sent.SentLate, mail.Message.MessageId));
    }

    [Fact]
    public async Task Should_Give_Up_After_The_Allowed_Refusals_And_Send_Once_When_A_Person_Queues_It_Again()
    {
        var contract = await NewYearlyContractAsync();
        Relay!.RejectRecipient(Procurement);
        At("2026-07-02");
        for (var hour = 9; hour < 9 + MaxAttempts + 2; hour++)
        {
            At("2026-07-02", hour);
            await RunAsync();
        }

        var failed = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderDispatchState.Failed, MaxAttempts, true), (failed.State, failed.Attempts, failed.AwaitsDecision));
        Assert.Contains($"rejected the recipient {Procurement}", failed.LastError);
        Assert.Empty(Mails);

        Relay.AcceptRecipient(Procurement);
        await RunAsync();
        Assert.Empty(Mails);
        var requeued = await WithAsync<IContractReminderAppService, ContractReminderDispatchDto>(s => s.RequeueAsync(contract.Id, failed.Id));
        Assert.Equal((ReminderDispatchState.Pending, Services.CurrentUser.Id), (requeued.State, requeued.DecidedBy));
        await RunAsync();
        await RunAsync();

        Assert.Single(Mails);
        Assert.Equal(ReminderDispatchState.Sent, Assert.Single(await RemindersAsync(contract.Id)).State);
    }

    [Fact]
    public async Task Should_Not_Send_Twice_When_The_Outcome_Cannot_Be_Recorded_After_The_Relay_Took_The_Message()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-07-02");
        var crashing = new CrashingEmailSender(Services.Provider.GetRequiredService<IEmailSender>(),
            () => throw new InvalidOperationException("the process died after the relay answered 250"));

        await RunWithSenderAsync(crashing);
        for (var hour = 10; hour < 13; hour++)
        {
            At("2026-07-02", hour);
            await RunAsync();
        }
        At("2026-07-03");
        await RunAsync();

        Assert.Equal(1, crashing.Calls);
        Assert.Single(Mails);
        var uncertain = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal((ReminderDispatchState.Uncertain, true, 1), (uncertain.State, uncertain.AwaitsDecision, uncertain.Attempts));
        Assert.Contains("the process died after the relay answered 250", uncertain.LastError);

        // The recipients have it: a person says so, and it counts as sent when it was.
        var confirmed = await WithAsync<IContractReminderAppService, ContractReminderDispatchDto>(s => s.ConfirmDeliveredAsync(contract.Id, uncertain.Id));
        Assert.Equal((ReminderDispatchState.Sent, new DateTime(2026, 7, 2, 9, 0, 0, DateTimeKind.Utc), false), (confirmed.State, confirmed.SentAt, confirmed.AwaitsDecision));
        await RunAsync();
        Assert.Single(Mails);
    }

    [Fact]
    public async Task Should_Not_Send_Twice_When_The_App_Stops_Between_Sending_And_Recording()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-07-02");
        using var stopping = new CancellationTokenSource();
        var crashing = new CrashingEmailSender(Services.Provider.GetRequiredService<IEmailSender>(), () =>
        {
            stopping.Cancel();
            stopping.Token.ThrowIfCancellationRequested();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunWithSenderAsync(crashing, stopping.Token));
        Assert.Equal(ReminderDispatchState.Sending, Assert.Single(await RemindersAsync(contract.Id)).State);

        // Another instance's run while the attempt could still be going on: it leaves the row alone.
        At("2026-07-02", hourUtc: 9);
        Services.Clock.Advance(TimeSpan.FromMinutes(5));
        await RunAsync();
        Assert.Equal(ReminderDispatchState.Sending, Assert.Single(await RemindersAsync(contract.Id)).State);

        // The next hourly run: no attempt lasts that long, so its instance stopped. Uncertain, not re-sent.
        At("2026-07-02", hourUtc: 10);
        var result = await RunAsync();
        await RunAsync();

        Assert.Equal((1, 0), (result.AbandonedSettled, result.Send.Sent));
        Assert.Single(Mails);
        var uncertain = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal(ReminderDispatchState.Uncertain, uncertain.State);
        Assert.Contains("never recorded its outcome", uncertain.LastError);

        // A person who learns it did not arrive queues it again: the same Message-Id goes out once more.
        await WithAsync<IContractReminderAppService, ContractReminderDispatchDto>(s => s.RequeueAsync(contract.Id, uncertain.Id));
        await RunAsync();
        await RunAsync();
        Assert.Equal(2, Mails.Count);
        Assert.Equal([uncertain.MessageId, uncertain.MessageId], Mails.Select(m => m.Message.MessageId));
    }

    [Fact]
    public async Task Should_Leave_A_Reminder_Uncertain_When_The_Relays_Answer_To_The_Message_Never_Comes()
    {
        var contract = await NewYearlyContractAsync();
        Relay!.DataReplyDelay = TimeSpan.FromSeconds(8);
        At("2026-07-02");

        await RunAsync();
        Relay.DataReplyDelay = TimeSpan.Zero;
        At("2026-07-02", hourUtc: 10);
        await RunAsync();

        // The relay did take it; the sender cannot know, so it is neither retried nor called sent.
        Assert.Single(Mails);
        var uncertain = Assert.Single(await RemindersAsync(contract.Id));
        Assert.Equal(ReminderDispatchState.Uncertain, uncertain.State);
        Assert.Contains("may or may not have reached the relay", uncertain.LastError);
    }

    [Fact]
    public async Task Should_Refuse_A_Decision_About_A_Reminder_That_Was_Sent()
    {
        var contract = await NewYearlyContractAsync();
        At("2026-07-02");
        await RunAsync();
        var sent = Assert.Single(await RemindersAsync(contract.Id));

        var error = await Assert.ThrowsAsync<BusinessException>(() =>
            WithAsync<IContractReminderAppService, ContractReminderDispatchDto>(s => s.RequeueAsync(contract.Id, sent.Id)));
        Assert.Equal((VendorManagerErrorCodes.Contracts.ReminderNotAwaitingDecision, BusinessErrorKind.Conflict), (error.Code, error.Kind));
        await Assert.ThrowsAsync<EntityNotFoundException>(() =>
            WithAsync<IContractReminderAppService, ContractReminderDispatchDto>(s => s.ConfirmDeliveredAsync(Guid.NewGuid(), sent.Id)));
    }
}
