namespace VendorManager.Contracts;

public interface IContractRepository
{
    /// <summary>The contract with its terms and covered nodes, tracked for change; throws <see cref="EntityNotFoundException"/>.</summary>
    Task<Contract> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>The vendor's contract with this normalised number among contracts not deleted, or null.</summary>
    Task<Contract?> FindByNumberAsync(Guid vendorId, string normalizedNumber, CancellationToken ct = default);
    Task InsertAsync(Contract contract, CancellationToken ct = default);
    void Delete(Contract contract);
}
