namespace VendorManager.Auditing;

public sealed record EntityChangeDto(
    Guid Id,
    string EntityType,
    string EntityId,
    string ChangeType,
    DateTime ChangedAt,
    Guid? ChangedBy,
    string? ChangedByName,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges);

public sealed record EntityPropertyChangeDto(string PropertyName, string? OriginalValue, string? NewValue);
