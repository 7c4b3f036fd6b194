namespace VendorManager.Contracts;

/// <summary>
/// A contract as it is now. Dates are whole days in <see cref="TimeZoneId"/> (ISO dates in JSON);
/// instants are UTC. <see cref="Status"/> and <see cref="Deadlines"/> are worked out at the
/// moment of the request, not read from the list's stored copy.
/// </summary>
public sealed record ContractDto(
    Guid Id,
    Guid VendorId,
    string? VendorName,
    string Number,
    string? Title,
    ContractKind Kind,
    ContractOwnerDto Owner,
    decimal? Value,
    string? Currency,
    BillingPeriod BillingPeriod,
    decimal? FeePerMeasurementPeriod,
    string TimeZoneId,
    RenewalKind RenewalKind,
    ContractPeriodDto RenewalPeriod,
    ContractPeriodDto NoticePeriod,
    IReadOnlyList<ContractTermDto> Terms,
    DateOnly? TerminatedOn,
    string? TerminationReason,
    DateTime? TerminationRecordedAt,
    SlaTermsDto? Sla,
    IReadOnlyList<CoveredNodeDto> CoveredNodes,
    IReadOnlyList<int> ReminderLeadDays,
    ContractStatus Status,
    ContractDeadlinesDto Deadlines,
    string ConcurrencyStamp,
    DateTime CreatedAt,
    Guid? CreatedBy,
    DateTime? ModifiedAt,
    Guid? ModifiedBy);

/// <summary>A stored term: the initial one or a renewal, kept as history. Start and End are inclusive.</summary>
public sealed record ContractTermDto(int Sequence, DateOnly Start, DateOnly End, ContractTermOrigin Origin, DateTime RecordedAt);

/// <summary>A length such as "1 year" or "3 months"; a count of 0 means none.</summary>
public sealed record ContractPeriodDto(int Count, PeriodUnit Unit);

/// <summary>The person answerable for the contract. <see cref="IsActive"/> is false once the account is disabled: pick a new owner.</summary>
public sealed record ContractOwnerDto(Guid Id, string? UserName, string? DisplayName, bool IsActive);

/// <summary>A covered DICOM node; a node deleted since shows its id with the name "(deleted node)".</summary>
public sealed record CoveredNodeDto(Guid Id, string Name);
