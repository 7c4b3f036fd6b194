using VendorManager.Entities;

namespace VendorManager.Auditing;

public enum EntityChangeType { Created = 0, Updated = 1, Deleted = 2 }

/// <summary>
/// One saved change to an audited entity: who, when, and each field from what to what.
/// Append-only: written by the unit of work, never edited.
/// </summary>
public class EntityChange : Entity<Guid>
{
    private readonly List<EntityPropertyChange> _propertyChanges = [];

    /// <summary>The aggregate the change belongs to (the vendor for a change to one of its contacts).</summary>
    public string RootType { get; private set; } = null!;
    public string RootId { get; private set; } = null!;
    public string EntityType { get; private set; } = null!;
    public string EntityId { get; private set; } = null!;
    public EntityChangeType ChangeType { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public Guid? ChangedBy { get; private set; }
    public string? ChangedByName { get; private set; }
    public IReadOnlyList<EntityPropertyChange> PropertyChanges => _propertyChanges;

    private EntityChange() { }

    public EntityChange(string rootType, string rootId, string entityType, string entityId, EntityChangeType changeType,
        DateTime changedAt, Guid? changedBy, string? changedByName) : base(Guid.CreateVersion7())
    {
        RootType = rootType;
        RootId = rootId;
        EntityType = entityType;
        EntityId = entityId;
        ChangeType = changeType;
        ChangedAt = changedAt;
        ChangedBy = changedBy;
        ChangedByName = changedByName;
    }

    public void AddPropertyChange(string propertyName, string? originalValue, string? newValue)
        => _propertyChanges.Add(new EntityPropertyChange(Id, propertyName, originalValue, newValue));
}

public class EntityPropertyChange : Entity<Guid>
{
    public const int MaxValueLength = 2000;

    public Guid EntityChangeId { get; private set; }
    public string PropertyName { get; private set; } = null!;
    public string? OriginalValue { get; private set; }
    public string? NewValue { get; private set; }

    private EntityPropertyChange() { }

    internal EntityPropertyChange(Guid entityChangeId, string propertyName, string? originalValue, string? newValue)
        : base(Guid.CreateVersion7())
    {
        EntityChangeId = entityChangeId;
        PropertyName = propertyName;
        OriginalValue = Truncate(originalValue);
        NewValue = Truncate(newValue);
    }

    private static string? Truncate(string? value)
        => value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
