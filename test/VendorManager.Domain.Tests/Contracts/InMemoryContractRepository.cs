using VendorManager.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

internal sealed class InMemoryContractRepository : IContractRepository
{
    public List<Contract> Contracts { get; } = [];

    public Task<Contract> GetAsync(Guid id, CancellationToken ct = default)
        => Task.FromResult(Contracts.FirstOrDefault(c => c.Id == id) ?? throw new EntityNotFoundException(typeof(Contract), id));

    public Task<Contract?> FindByNumberAsync(Guid vendorId, string normalizedNumber, CancellationToken ct = default)
        => Task.FromResult(Contracts.FirstOrDefault(c => c.VendorId == vendorId && c.NormalizedNumber == normalizedNumber));

    public Task InsertAsync(Contract contract, CancellationToken ct = default)
    {
        Contracts.Add(contract);
        return Task.CompletedTask;
    }

    public void Delete(Contract contract) => Contracts.Remove(contract);
}
