using VendorManager.Contracts;

namespace VendorManager.Calendar;

/// <summary>
/// What a calendar needs of a contract: its names for display, the schedule the date engine reads,
/// and when it last changed (the entries' DTSTAMP, so an unchanged feed stays byte for byte the same).
/// </summary>
public sealed record ContractCalendarRow(Guid Id, Guid VendorId, string Number, string? Title, ContractKind Kind, DateTime LastChangedAt, ContractSchedule Schedule);
