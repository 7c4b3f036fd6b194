using NodaTime;
using VendorManager.Contracts;

namespace VendorManager.Calendar;

/// <summary>
/// One dated entry of a contract's calendar: a whole day in the contract's zone, and the term it
/// belongs to (the term whose notice deadline or end it is, or the term a renewal starts).
/// </summary>
public sealed record ContractDeadline(Guid ContractId, ContractDeadlineKind Kind, LocalDate Date, ContractTermSpan Term);
