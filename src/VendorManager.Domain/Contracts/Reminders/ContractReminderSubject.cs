namespace VendorManager.Contracts;

/// <summary>The contract as a reminder e-mail names it; <see cref="ModifiedAt"/> tells whether an edit made a reminder due late.</summary>
public sealed record ContractReminderSubject(
    Guid ContractId,
    string Number,
    string? Title,
    string VendorName,
    Guid OwnerId,
    string TimeZoneId,
    RenewalKind RenewalKind,
    DateTime? ModifiedAt);
