using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VendorManager.Contracts;
using VendorManager.Entities;

namespace VendorManager.EntityFrameworkCore.Interceptors;

/// <summary>
/// Recomputes the listing of every contract a save touches (the contract itself or one of its terms
/// or nodes), so a stored listing is always the one of the contract as saved. Runs before
/// <see cref="AuditingInterceptor"/>, which then sees the listing as part of the same change.
/// </summary>
public sealed class ContractListingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Refresh(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Refresh(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Refresh(DbContext context)
    {
        // Most saves (every probe's evidence) track no contract: leave them without a scan for changes.
        if (!TracksAnyContract(context.ChangeTracker)) return;
        context.ChangeTracker.DetectChanges();
        var tracked = context.ChangeTracker.Entries<Contract>()
            .Where(e => e.State is not (EntityState.Deleted or EntityState.Detached))
            .ToDictionary(e => e.Entity.Id, e => e);
        if (tracked.Count == 0) return;

        var touched = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Contract contract:
                    touched.Add(contract.Id);
                    break;
                case IChildEntity { RootType: var rootType, RootId: Guid rootId } when rootType == typeof(Contract):
                    touched.Add(rootId);
                    break;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in touched)
        {
            if (tracked.TryGetValue(id, out var entry)) entry.Entity.RefreshListing(now);
        }
    }

    private static bool TracksAnyContract(ChangeTracker tracker)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<Contract>().Any();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
