using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VendorManager.Entities;
using VendorManager.Users;

namespace VendorManager.EntityFrameworkCore.Interceptors;

/// <summary>
/// Applies the cross-cutting rules on every save: audit stamps, soft delete, optimistic
/// concurrency on whole aggregates (a change to a child checks the root's stamp) and the
/// entity-change history. One place, so no use case can forget them.
/// </summary>
public sealed class AuditingInterceptor(TimeProvider clock, ICurrentUser currentUser) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.Id;
        var history = new EntityChangeRecorder(now, userId, currentUser.UserName);

        var entries = context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        // Keyed by the entity: each lookup hands out a new EntityEntry, and a root whose stamp were
        // renewed twice (two of its children changed) would expect its own new stamp in the database.
        var touchedRoots = new Dictionary<object, EntityEntry>(ReferenceEqualityComparer.Instance);

        foreach (var entry in entries)
        {
            if (EntityChangeRecorder.IsAudited(entry)) history.Record(entry);
            if (entry.Entity is IChildEntity child && FindRoot(context, child) is { } root && root.State == EntityState.Unchanged)
                touchedRoots.TryAdd(root.Entity, root);
        }

        foreach (var entry in entries.Concat(touchedRoots.Values).DistinctBy(e => e.Entity, ReferenceEqualityComparer.Instance))
        {
            if (entry.Entity is not AggregateRoot<Guid> aggregate) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    AuditStamper.Created(aggregate, now, userId);
                    break;
                case EntityState.Deleted:
                    entry.State = EntityState.Modified;
                    AuditStamper.Deleted(aggregate, now, userId);
                    RenewStamp(entry, aggregate);
                    break;
                default:
                    AuditStamper.Modified(aggregate, now, userId);
                    RenewStamp(entry, aggregate);
                    break;
            }
        }

        history.AddTo(context);
    }

    /// <summary>
    /// The stamp on the aggregate is the one the editor read (the app service copies it from the
    /// request); it becomes the expected original, so a stale edit fails instead of overwriting.
    /// </summary>
    private static void RenewStamp(EntityEntry entry, IHasConcurrencyStamp aggregate)
    {
        var stamp = entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp));
        stamp.OriginalValue = aggregate.ConcurrencyStamp;
        aggregate.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        stamp.CurrentValue = aggregate.ConcurrencyStamp;
        stamp.IsModified = true;
    }

    private static EntityEntry? FindRoot(DbContext context, IChildEntity child)
    {
        var rootType = context.Model.FindEntityType(child.RootType);
        var key = rootType?.FindPrimaryKey();
        if (key is null) return null;
        var rootEntity = context.ChangeTracker.Entries()
            .FirstOrDefault(e => e.Metadata == rootType && Equals(e.Property(key.Properties[0].Name).CurrentValue, child.RootId));
        return rootEntity;
    }
}
