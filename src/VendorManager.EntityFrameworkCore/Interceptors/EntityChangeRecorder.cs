using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VendorManager.Auditing;
using VendorManager.Entities;

namespace VendorManager.EntityFrameworkCore.Interceptors;

/// <summary>Turns tracked changes of audited entities into append-only history rows.</summary>
internal sealed class EntityChangeRecorder(DateTime now, Guid? userId, string? userName)
{
    /// <summary>Bookkeeping fields that would drown the real changes.</summary>
    private static readonly HashSet<string> Ignored =
    [
        nameof(IHasConcurrencyStamp.ConcurrencyStamp),
        nameof(IAuditedObject.CreatedAt), nameof(IAuditedObject.CreatedBy),
        nameof(IAuditedObject.ModifiedAt), nameof(IAuditedObject.ModifiedBy),
        nameof(ISoftDelete.IsDeleted), nameof(ISoftDelete.DeletedAt), nameof(ISoftDelete.DeletedBy),
    ];

    private readonly List<EntityChange> _changes = [];

    public static bool IsAudited(EntityEntry entry) => VendorManagerDbContext.IsAudited(entry.Entity.GetType());

    public void Record(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        var entityId = FormatKey(entry);
        var (rootType, rootId) = entry.Entity is IChildEntity child
            ? (child.RootType.Name, Format(child.RootId) ?? "")
            : (type.Name, entityId);
        var changeType = entry.State switch
        {
            EntityState.Added => EntityChangeType.Created,
            EntityState.Deleted => EntityChangeType.Deleted,
            _ => EntityChangeType.Updated,
        };

        var change = new EntityChange(rootType, rootId, type.Name, entityId, changeType, now, userId, userName);
        foreach (var (name, property, original, current) in Properties(entry))
        {
            if (Ignored.Contains(property.Metadata.Name) || property.Metadata.IsForeignKey() || property.Metadata.IsPrimaryKey()) continue;
            if (IsAuditingDisabled(property)) continue;
            var before = changeType == EntityChangeType.Created ? null : Format(original);
            var after = changeType == EntityChangeType.Deleted ? null : Format(current);
            if (changeType == EntityChangeType.Updated && (!property.IsModified || before == after)) continue;
            if (changeType != EntityChangeType.Updated && before is null && after is null) continue;
            change.AddPropertyChange(name, before, after);
        }

        if (changeType == EntityChangeType.Updated && change.PropertyChanges.Count == 0) return;
        _changes.Add(change);
    }

    public void AddTo(DbContext context)
    {
        if (_changes.Count > 0) context.AddRange(_changes);
    }

    private static IEnumerable<(string Name, PropertyEntry Property, object? Original, object? Current)> Properties(EntityEntry entry)
    {
        foreach (var p in entry.Properties)
            yield return (p.Metadata.Name, p, p.OriginalValue, p.CurrentValue);
        foreach (var complex in entry.ComplexProperties)
            foreach (var p in complex.Properties)
                yield return ($"{complex.Metadata.Name}.{p.Metadata.Name}", p, p.OriginalValue, p.CurrentValue);
    }

    private static bool IsAuditingDisabled(PropertyEntry property)
        => property.Metadata.PropertyInfo?.GetCustomAttribute<DisableAuditingAttribute>() is not null;

    private static string FormatKey(EntityEntry entry)
        => string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
