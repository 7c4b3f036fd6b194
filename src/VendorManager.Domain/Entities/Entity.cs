namespace VendorManager.Entities;

public abstract class Entity<TKey>
    where TKey : notnull
{
    public TKey Id { get; protected set; } = default!;

    protected Entity() { }

    protected Entity(TKey id) => Id = id;
}
