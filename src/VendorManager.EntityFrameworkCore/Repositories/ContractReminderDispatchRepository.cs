using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractReminderDispatchRepository(VendorManagerDbContext db) : IContractReminderDispatchRepository
{
    /// <summary>Keys per query: well inside SQLite's and PostgreSQL's parameter limits.</summary>
    private const int KeysPerQuery = 500;

    public async Task<IReadOnlyDictionary<string, (Guid Id, ReminderDispatchState State)>> FindStatesAsync(IReadOnlyCollection<string> keys,
        CancellationToken ct = default)
    {
        var states = new Dictionary<string, (Guid, ReminderDispatchState)>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct().Chunk(KeysPerQuery))
        {
            var rows = await db.ContractReminderDispatches.AsNoTracking().Where(d => chunk.Contains(d.Key))
                .Select(d => new { d.Key, d.Id, d.State }).ToListAsync(ct);
            foreach (var row in rows) states[row.Key] = (row.Id, row.State);
        }
        return states;
    }

    public async Task<IReadOnlyList<ContractReminderDispatch>> InsertNewAsync(IReadOnlyList<ContractReminderDispatch> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0) return [];
        // In id order (ids come from the keys), so two instances inserting the same reminders lock them in the same order.
        db.ContractReminderDispatches.AddRange(rows.OrderBy(r => r.Id));
        try
        {
            await db.SaveChangesAsync(ct);
            return rows;
        }
        catch (Exception e) when (e is DbUpdateException || e.InnerException is DbUpdateException)
        {
            // Another instance recorded one of them first (the unique key), or the database chose this
            // transaction as a deadlock's victim (wrapped by the execution strategy): record the rest one by one.
            db.ChangeTracker.Clear();
        }

        var inserted = new List<ContractReminderDispatch>();
        foreach (var row in rows)
        {
            var entry = db.ContractReminderDispatches.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                inserted.Add(row);
            }
            catch (Exception e) when (e is DbUpdateException || e.InnerException is DbUpdateException)
            {
                entry.State = EntityState.Detached;
                if (!await KeyExistsAsync(row.Key, ct)) throw;
            }
        }
        return inserted;
    }

    public async Task<IReadOnlyList<ContractReminderDispatch>> ListOpenAsync(CancellationToken ct = default)
        => await db.ContractReminderDispatches.AsNoTracking()
            .Where(d => d.State == ReminderDispatchState.Pending || d.State == ReminderDispatchState.Failed)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<ContractReminderDispatch>> ListAbandonedAsync(DateTime startedBefore, CancellationToken ct = default)
        => await db.ContractReminderDispatches.AsNoTracking()
            .Where(d => d.State == ReminderDispatchState.Sending && d.LastAttemptAt < startedBefore)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<ContractReminderDispatch>> ListPendingAsync(CancellationToken ct = default)
        => await db.ContractReminderDispatches.AsNoTracking()
            .Where(d => d.State == ReminderDispatchState.Pending)
            .OrderBy(d => d.DueAtUtc).ThenBy(d => d.Id)
            .ToListAsync(ct);

    public Task<ContractReminderDispatch?> FindAsync(Guid id, CancellationToken ct = default)
        => db.ContractReminderDispatches.FirstOrDefaultAsync(d => d.Id == id, ct);

    public async Task<IReadOnlyList<ContractReminderDispatch>> ListForContractAsync(Guid contractId, CancellationToken ct = default)
        => await db.ContractReminderDispatches.AsNoTracking()
            .Where(d => d.ContractId == contractId)
            .OrderByDescending(d => d.DueOn).ThenBy(d => d.Target).ThenByDescending(d => d.LeadDays)
            .ToListAsync(ct);

    private Task<bool> KeyExistsAsync(string key, CancellationToken ct)
        => db.ContractReminderDispatches.AsNoTracking().AnyAsync(d => d.Key == key, ct);
}
