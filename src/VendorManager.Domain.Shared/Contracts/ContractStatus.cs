namespace VendorManager.Contracts;

/// <summary>
/// Where a contract stands on a given day in its own time zone. Derived: the date engine computes
/// it from the terms, the renewal settings, the termination and today (the contract row keeps a
/// copy for lists, with the instant it stops being valid, and never treats it as input). The first
/// definition that holds wins, in the order of the members below. "The lead window" is the largest
/// reminder lead time of the contract (90 days by default).
/// </summary>
public enum ContractStatus
{
    /// <summary>A termination is recorded, whether it has taken effect yet or not.</summary>
    Terminated = 0,
    /// <summary>Today is before the first term starts.</summary>
    Draft = 1,
    /// <summary>
    /// The contract was set to end (no renewal, or a renewal by decision that was not recorded) and
    /// its last term ended before today. An automatically renewing contract never expires; it is
    /// terminated.
    /// </summary>
    Expired = 2,
    /// <summary>
    /// The term after the current one is certain but has not started: a renewal was recorded ahead
    /// of time, or, with automatic renewal, the current term's notice deadline passed without a
    /// termination. Lasts until the new term starts.
    /// </summary>
    Renewed = 3,
    /// <summary>
    /// A decision is due: the current term has a notice deadline and today is within the lead window
    /// before it, the deadline day included.
    /// </summary>
    InNoticePeriod = 4,
    /// <summary>
    /// The contract will end without renewal (no renewal, or a renewal by decision whose notice
    /// deadline passed, or that has none, with no renewal recorded) and its end is within the lead
    /// window, the last day included.
    /// </summary>
    Expiring = 5,
    /// <summary>Running, with no decision or end within the lead window.</summary>
    Active = 6,
}
