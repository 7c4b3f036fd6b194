using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NodaTime;
using NodaTime.Text;
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
        foreach (var (name, original, current, isModified) in Fields(entry))
        {
            var before = changeType == EntityChangeType.Created ? null : original;
            var after = changeType == EntityChangeType.Deleted ? null : current;
            if (changeType == EntityChangeType.Updated && (!isModified || before == after)) continue;
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

    /// <summary>Every recorded field of the entry, already formatted for people to read.</summary>
    private static IEnumerable<(string Name, string? Original, string? Current, bool IsModified)> Fields(EntityEntry entry)
    {
        foreach (var p in entry.Properties.Where(p => IsRecorded(entry, p)))
            yield return (p.Metadata.Name, Format(p.OriginalValue), Format(p.CurrentValue), p.IsModified);
        foreach (var complex in entry.ComplexProperties)
        {
            if (IsAuditingDisabled(complex.Metadata.PropertyInfo)) continue;
            if (complex.Metadata.ComplexType.IsMappedToJson())
            {
                foreach (var field in DocumentFields(entry, complex)) yield return field;
                continue;
            }
            foreach (var p in complex.Properties.Where(p => IsRecorded(entry, p)))
                yield return ($"{complex.Metadata.Name}.{p.Metadata.Name}", Format(p.OriginalValue), Format(p.CurrentValue), p.IsModified);
        }
    }

    /// <summary>
    /// A JSON document (the SLA terms) is optional and holds lists: each field is recorded as
    /// "Sla.Field", each list as one line of its items, and every value of an absent document is
    /// null rather than the zeros EF reports for it.
    /// </summary>
    private static IEnumerable<(string, string?, string?, bool)> DocumentFields(EntityEntry entry, ComplexPropertyEntry document)
    {
        var name = document.Metadata.Name;
        var lists = document.ComplexCollections.ToList();
        // EF keeps no "was null" flag we can read; an absent document's lists were null, a present one's never are.
        var wasPresent = entry.State != EntityState.Added && (lists.Count == 0 || lists.Exists(l => entry.OriginalValues[l.Metadata] is not null));
        var isPresent = document.CurrentValue is not null;
        foreach (var p in document.Properties)
            yield return ($"{name}.{p.Metadata.Name}", wasPresent ? Format(p.OriginalValue) : null, isPresent ? Format(p.CurrentValue) : null, document.IsModified);
        foreach (var list in lists)
            yield return ($"{name}.{list.Metadata.GetJsonPropertyName() ?? list.Metadata.Name}",
                wasPresent ? FormatItems(entry.OriginalValues[list.Metadata]) : null,
                isPresent ? FormatItems(list.CurrentValue) : null,
                document.IsModified);
    }

    private static bool IsRecorded(EntityEntry entry, PropertyEntry property)
        => !Ignored.Contains(property.Metadata.Name)
           && !property.Metadata.IsPrimaryKey()
           && !IsKeyToOwnRoot(entry, property)
           && !IsAuditingDisabled(property.Metadata.PropertyInfo);

    /// <summary>A child's key to its root says nothing the history's root column does not; other keys (a contract's owner) are changes worth seeing.</summary>
    private static bool IsKeyToOwnRoot(EntityEntry entry, PropertyEntry property)
        => entry.Entity is IChildEntity child
           && property.Metadata.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == child.RootType);

    private static bool IsAuditingDisabled(MemberInfo? member) => member?.GetCustomAttribute<DisableAuditingAttribute>() is not null;

    /// <summary>
    /// The entity's key; for a child keyed by its root and something else (a contract's node), the
    /// something else only: the root's id is in the row already, and two ids would not fit.
    /// </summary>
    private static string FormatKey(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name)).ToList();
        var own = key.Where(p => !IsKeyToOwnRoot(entry, p)).ToList();
        return string.Join(",", (own.Count > 0 ? own : key).Select(p => Format(p.CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        // Contract days and coverage hours read as they were entered, whatever the server's culture.
        LocalDate d => LocalDatePattern.Iso.Format(d),
        LocalTime t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };

    /// <summary>The items of a list of small records, e.g. "Day=Monday From=08:00 To=17:00; Day=Tuesday ...". Null when empty.</summary>
    private static string? FormatItems(object? items)
    {
        if (items is not System.Collections.IEnumerable list) return null;
        var text = string.Join("; ", list.Cast<object?>().Where(i => i is not null).Select(item =>
            string.Join(" ", item!.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Select(p => $"{p.Name}={Format(p.GetValue(item))}"))));
        return text.Length == 0 ? null : text;
    }
}
