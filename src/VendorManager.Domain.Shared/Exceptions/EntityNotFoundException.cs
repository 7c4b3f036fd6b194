namespace VendorManager;

public sealed class EntityNotFoundException(Type entityType, object id)
    : Exception($"There is no {entityType.Name} with id {id}.")
{
    public Type EntityType { get; } = entityType;
    public object Id { get; } = id;
}
