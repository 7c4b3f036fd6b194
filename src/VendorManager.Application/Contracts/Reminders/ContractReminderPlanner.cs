using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Notifications.Email;

namespace VendorManager.Contracts;

/// <summary>What one planning pass did.</summary>
public sealed record ContractReminderPlanResult(int ContractsEvaluated, int RemindersDue, int Recorded, int Rearmed, int Cancelled);

/// <summary>
/// Brings the reminder log in line with the date engine, for every contract: records each due
/// reminder that has no row yet (committed before anything is sent), re-arms a cancelled one that
/// applies again, and cancels open ones that no longer apply. Contracts are read in pages of their
/// schedules only, and the log is asked only about the keys due in each page.
/// </summary>
public sealed class ContractReminderPlanner(
    IContractReminderSource contracts,
    IContractReminderDispatchRepository log,
    ContractReminderLogWriter writer,
    IUnitOfWork unitOfWork,
    IOptionsMonitor<SmtpOptions> smtp,
    TimeProvider clock,
    ILogger<ContractReminderPlanner> logger)
{
    /// <summary>Contracts read and evaluated per round trip.</summary>
    public const int PageSize = 500;

    public async Task<ContractReminderPlanResult> PlanAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = (await log.ListOpenAsync(ct)).GroupBy(r => r.ContractId).ToDictionary(g => g.Key, g => g.ToList());
        var obsolete = new List<(ContractReminderDispatch Row, string Reason)>();
        int evaluated = 0, due = 0, recorded = 0, rearmed = 0;

        Guid? after = null;
        while (await contracts.ReadSchedulesAsync(after, PageSize, ct) is { Count: > 0 } page)
        {
            after = page[^1].ContractId;
            var toSend = new List<ContractReminderDue>();
            foreach (var schedule in page)
            {
                var dates = ContractDateEngine.Evaluate(schedule, now);
                evaluated++;
                toSend.AddRange(dates.RemindersToSend());
                if (!open.Remove(schedule.ContractId, out var rows)) continue;
                foreach (var row in rows)
                    if (ContractReminderReconciler.WhyObsolete(row, dates) is { } reason) obsolete.Add((row, reason));
            }
            if (toSend.Count == 0) continue;
            due += toSend.Count;

            var states = await log.FindStatesAsync(toSend.Select(r => r.Key).ToList(), ct);
            var fresh = toSend.Where(r => !states.ContainsKey(r.Key))
                .Select(r => ContractReminderDispatch.Record(r, ContractReminderMessage.NewMessageId(FromAddress()), now))
                .ToList();
            recorded += (await log.InsertNewAsync(fresh, ct)).Count;
            unitOfWork.DiscardChanges();
            foreach (var (_, (id, _)) in states.Where(s => s.Value.State == ReminderDispatchState.Cancelled))
                if (await ChangeAsync(id, row => row.State == ReminderDispatchState.Cancelled, row => row.Rearm(now), ct)) rearmed++;
        }

        // Open rows of contracts no page returned: the contract was deleted.
        obsolete.AddRange(open.Values.SelectMany(rows => rows).Select(r => (r, ContractReminderReconciler.WhyObsolete(r, null)!)));
        var cancelled = 0;
        foreach (var (row, reason) in obsolete)
            if (await ChangeAsync(row.Id, r => r.Revision == row.Revision, r => r.Cancel(reason, now), ct)) cancelled++;

        if (recorded + rearmed + cancelled > 0)
            logger.LogInformation("Contract reminders: {Recorded} recorded, {Rearmed} re-armed, {Cancelled} cancelled ({Due} due over {Contracts} contracts)",
                recorded, rearmed, cancelled, due, evaluated);
        return new ContractReminderPlanResult(evaluated, due, recorded, rearmed, cancelled);
    }

    private async Task<bool> ChangeAsync(Guid id, Func<ContractReminderDispatch, bool> expected, Action<ContractReminderDispatch> change, CancellationToken ct)
        => await writer.TryChangeAsync(id, expected, change, ct) is not null;

    private string? FromAddress()
    {
        try
        {
            return smtp.CurrentValue.FromAddress;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
