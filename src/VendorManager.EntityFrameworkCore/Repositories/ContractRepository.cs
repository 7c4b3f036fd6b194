using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractRepository(VendorManagerDbContext db) : IContractRepository
{
    public async Task<Contract> GetAsync(Guid id, CancellationToken ct = default)
        => await db.Contracts
               // The aggregate reads its latest term as the last of the list.
               .Include(c => c.Terms.OrderBy(t => t.Sequence))
               .Include(c => c.CoveredNodes)
               .AsSplitQuery()
               .FirstOrDefaultAsync(c => c.Id == id, ct)
           ?? throw new EntityNotFoundException(typeof(Contract), id);

    public Task<Contract?> FindByNumberAsync(Guid vendorId, string normalizedNumber, CancellationToken ct = default)
        => db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.VendorId == vendorId && c.NormalizedNumber == normalizedNumber, ct);

    public async Task InsertAsync(Contract contract, CancellationToken ct = default) => await db.Contracts.AddAsync(contract, ct);

    public void Delete(Contract contract) => db.Contracts.Remove(contract);
}
