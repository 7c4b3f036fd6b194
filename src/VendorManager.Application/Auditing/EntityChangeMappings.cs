namespace VendorManager.Auditing;

internal static class EntityChangeMappings
{
    public static EntityChangeDto ToDto(this EntityChange c) => new(
        c.Id, c.EntityType, c.EntityId, c.ChangeType.ToString(), c.ChangedAt, c.ChangedBy, c.ChangedByName,
        c.PropertyChanges.OrderBy(p => p.PropertyName)
            .Select(p => new EntityPropertyChangeDto(p.PropertyName, p.OriginalValue, p.NewValue)).ToList());
}
