using Microsoft.EntityFrameworkCore;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractReferenceReader(VendorManagerDbContext db) : IContractReferenceReader
{
    public Task<ContractNumbers> OfVendorAsync(Guid vendorId, int take, CancellationToken ct = default)
        => NumbersAsync(db.Contracts.Where(c => c.VendorId == vendorId), take, ct);

    private static async Task<ContractNumbers> NumbersAsync(IQueryable<Contract> contracts, int take, CancellationToken ct)
    {
        var numbers = await contracts.AsNoTracking().OrderBy(c => c.Number).Select(c => c.Number).Take(take).ToListAsync(ct);
        var total = numbers.Count < take ? numbers.Count : await contracts.CountAsync(ct);
        return new ContractNumbers(numbers, total);
    }
}
