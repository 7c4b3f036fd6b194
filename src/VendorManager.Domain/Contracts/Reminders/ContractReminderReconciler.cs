namespace VendorManager.Contracts;

/// <summary>
/// Compares a contract's open reminders with what the date engine says is due today: which no
/// longer apply, with the reason a person reads on the contract page. (Which due reminders need a
/// row is simpler: <see cref="ContractDates.RemindersToSend"/> without a row under their key.)
/// </summary>
public static class ContractReminderReconciler
{
    /// <summary>
    /// Why an open row should no longer be sent, or null while it still applies. <paramref name="dates"/>
    /// is null when the contract is gone (deleted).
    /// </summary>
    public static string? WhyObsolete(ContractReminderDispatch row, ContractDates? dates)
    {
        if (dates is null) return "The contract was deleted.";
        if (dates.Status == ContractStatus.Terminated) return "The contract was terminated.";
        if (dates.RemindersToSend().Any(r => r.Key == row.Key)) return null;

        var what = Describe(row.Target);
        if (row.TargetDate < dates.Today) return $"The {what} ({row.TargetDate:uuuu-MM-dd}) passed before the reminder could be sent.";
        var same = dates.Reminders.Where(r => r.Target == row.Target && r.TargetDate == row.TargetDate).ToList();
        if (same.Count == 0)
            return $"The {what} is no longer {row.TargetDate:uuuu-MM-dd}: the contract's dates changed, and its reminders follow the new dates.";
        if (same.FirstOrDefault(r => r.Key == row.Key) is { IsSuperseded: true })
        {
            var shorter = same.Where(r => r.LeadDays < row.LeadDays && r.IsDue).Min(r => r.LeadDays);
            return $"Superseded by the {shorter}-day reminder for the same {what}, which is due too.";
        }
        if (same.All(r => r.LeadDays != row.LeadDays)) return $"The {row.LeadDays}-day lead time was removed from the contract.";
        return $"The {row.LeadDays}-day reminder for the {what} is not due any more.";
    }

    public static string Describe(ReminderTarget target) => target == ReminderTarget.End ? "end of the contract" : "notice deadline";
}
