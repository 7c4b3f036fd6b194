using VendorManager.Contracts;
using VendorManager.Jobs;
using Xunit;

namespace VendorManager.Application.Tests.Contracts.Reminders;

/// <summary>Without a relay configured (the default), reminders are recorded and wait, saying why, instead of failing.</summary>
public sealed class ContractReminderWithoutEmailTests : ContractTestBase
{
    [Fact]
    public async Task Should_Keep_Due_Reminders_Pending_With_The_Reason_While_Email_Is_Not_Set_Up()
    {
        var contract = await CreateAsync(await NewContractInputAsync());
        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.Zero));

        var first = await WithAsync<SendContractRemindersJob, ContractReminderRunResult>(j => j.RunAsync());
        var second = await WithAsync<SendContractRemindersJob, ContractReminderRunResult>(j => j.RunAsync());

        Assert.Equal((1, 1, 0), (first.Plan.Recorded, first.Send.Waiting, first.Send.Sent));
        Assert.Equal((0, 1), (second.Plan.Recorded, second.Send.Waiting));
        var waiting = Assert.Single(await WithAsync<IContractReminderAppService, IReadOnlyList<ContractReminderDispatchDto>>(s => s.GetListAsync(contract.Id)));
        Assert.Equal((ReminderDispatchState.Pending, 0), (waiting.State, waiting.Attempts));
        Assert.Equal("E-mail is not set up: set Smtp:Host (and Smtp:FromAddress) to send reminders.", waiting.LastError);
    }
}
