namespace VendorManager.Entities;

/// <summary>
/// An aggregate root with audit fields, soft delete and a concurrency stamp. The audit fields
/// have private setters: only <see cref="AuditStamper"/> (used by the unit of work) writes them.
/// </summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IAuditedObject, ISoftDelete, IHasConcurrencyStamp
    where TKey : notnull
{
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTime? ModifiedAt { get; private set; }
    public Guid? ModifiedBy { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTime? DeletedAt { get; private set; }
    public Guid? DeletedBy { get; private set; }

    protected AggregateRoot() { }

    protected AggregateRoot(TKey id) : base(id) { }

    internal void StampCreated(DateTime at, Guid? by)
    {
        CreatedAt = at;
        CreatedBy = by;
    }

    internal void StampModified(DateTime at, Guid? by)
    {
        ModifiedAt = at;
        ModifiedBy = by;
    }

    internal void StampDeleted(DateTime at, Guid? by)
    {
        IsDeleted = true;
        DeletedAt = at;
        DeletedBy = by;
    }
}
