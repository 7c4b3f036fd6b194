using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// Everything the date engine reads of a contract, detached from the entity so lists can build it
/// from a projection. <see cref="Contract.Schedule"/> builds it from an aggregate. Terms must be
/// contiguous, in sequence order.
/// </summary>
public sealed record ContractSchedule(
    Guid ContractId,
    string TimeZoneId,
    IReadOnlyList<ContractTermSpan> Terms,
    RenewalKind RenewalKind,
    ContractPeriod RenewalPeriod,
    ContractPeriod NoticePeriod,
    LocalDate? TerminatedOn,
    IReadOnlyList<int> ReminderLeadDays);
