namespace VendorManager.Contracts;

internal static class ContractReminderMappings
{
    public static ContractReminderDispatchDto ToDto(this ContractReminderDispatch r, string timeZoneId) => new(
        r.Id, r.ContractId, r.Target, r.TargetDate.ToDateOnly(), r.LeadDays, r.DueOn.ToDateOnly(), r.State, [.. r.Recipients], r.Attempts,
        r.CreatedAt, r.LastAttemptAt, r.SentAt,
        SentLate: r.SentAt is { } sent && ContractTimeZone.Today(sent, ContractTimeZone.Get(timeZoneId)) > r.DueOn,
        r.LastError, r.Note, r.ClosedAt, r.DecidedBy, r.MessageId,
        AwaitsDecision: r.State is ReminderDispatchState.Uncertain or ReminderDispatchState.Failed);
}
