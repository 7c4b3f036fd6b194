using Microsoft.Extensions.Logging;
using VendorManager.Contracts;

namespace VendorManager.Jobs;

/// <summary>What one run of <see cref="SendContractRemindersJob"/> did.</summary>
public sealed record ContractReminderRunResult(int AbandonedSettled, ContractReminderPlanResult Plan, ContractReminderSendResult Send);

/// <summary>
/// Recurring (hourly): e-mails every contract reminder that is due, once. First settles attempts an
/// instance abandoned mid-send (uncertain, never re-sent by itself), then records due reminders and
/// cancels those that no longer apply, then sends what is pending. A reminder whose day passed while
/// nothing ran is still due (until its date passes) and goes out on the next run, saying so.
/// Several instances may run it at once: rows are recorded under a unique key and each attempt is
/// claimed by one instance.
/// </summary>
public sealed class SendContractRemindersJob(
    ContractReminderPlanner planner,
    ContractReminderDispatcher dispatcher,
    ILogger<SendContractRemindersJob> logger)
{
    public const string RecurringJobId = "send-contract-reminders";

    public async Task<ContractReminderRunResult> RunAsync(CancellationToken ct = default)
    {
        var settled = await dispatcher.SettleAbandonedAsync(ct);
        var plan = await planner.PlanAsync(ct);
        var send = await dispatcher.SendPendingAsync(ct);
        if (send.Sent + send.Refused + send.Failed + send.Uncertain > 0)
            logger.LogInformation("Contract reminders sent: {Sent}; refused and queued again: {Refused}; given up: {Failed}; uncertain: {Uncertain}",
                send.Sent, send.Refused, send.Failed, send.Uncertain);
        return new ContractReminderRunResult(settled, plan, send);
    }
}
