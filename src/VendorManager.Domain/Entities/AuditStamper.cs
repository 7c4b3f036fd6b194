namespace VendorManager.Entities;

/// <summary>
/// The single door through which the persistence layer writes audit fields, so aggregates keep
/// private setters and no application code can forge who changed what.
/// </summary>
public static class AuditStamper
{
    public static void Created<TKey>(AggregateRoot<TKey> root, DateTime at, Guid? by) where TKey : notnull
        => root.StampCreated(at, by);

    public static void Modified<TKey>(AggregateRoot<TKey> root, DateTime at, Guid? by) where TKey : notnull
        => root.StampModified(at, by);

    public static void Deleted<TKey>(AggregateRoot<TKey> root, DateTime at, Guid? by) where TKey : notnull
        => root.StampDeleted(at, by);
}
