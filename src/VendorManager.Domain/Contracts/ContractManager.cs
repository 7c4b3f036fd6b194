using NodaTime;
using VendorManager.Nodes;
using VendorManager.Vendors;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>
/// The contract rules that need the database: the vendor exists, the number is unique per vendor
/// (ignoring case, among contracts not deleted) and covered nodes exist.
/// </summary>
public sealed class ContractManager(IContractRepository contracts, IVendorRepository vendors, IDicomNodeRepository nodes)
{
    /// <summary>A new contract with its initial term, no renewal, the default reminder lead times and no SLA.</summary>
    public async Task<Contract> CreateAsync(Guid vendorId, string? number, ContractKind kind, Guid ownerId, string? timeZoneId,
        LocalDate start, LocalDate end, DateTime now, CancellationToken ct = default)
    {
        var contract = new Contract(Guid.CreateVersion7(), vendorId, number!, kind, ownerId, timeZoneId!, start, end, now);
        await EnsureVendorExistsAsync(vendorId, ct);
        await EnsureNumberIsFreeAsync(vendorId, contract.Number, null, ct);
        return contract;
    }

    /// <summary>Checks the new number before touching the contract, so a refused renumbering leaves it as it was.</summary>
    public async Task RenumberAsync(Contract contract, string? number, CancellationToken ct = default)
    {
        var trimmed = Check.NotBlank(number, ContractConsts.MaxNumberLength, nameof(Contract.Number),
            Codes.NumberRequired, Codes.NumberTooLong, "Contract number");
        await EnsureNumberIsFreeAsync(contract.VendorId, trimmed, contract.Id, ct);
        contract.SetNumber(trimmed);
    }

    /// <summary>Covers every node in <paramref name="nodeIds"/>; all must exist, or none is added.</summary>
    public async Task CoverNodesAsync(Contract contract, IReadOnlyCollection<Guid> nodeIds, CancellationToken ct = default)
    {
        var wanted = nodeIds.Distinct().ToList();
        if (wanted.Count == 0) return;
        var found = (await nodes.FindManyAsync(wanted, ct)).Select(n => n.Id).ToHashSet();
        var missing = wanted.Where(id => !found.Contains(id)).ToList();
        if (missing.Count > 0)
            throw new BusinessException(Codes.NodeNotFound,
                $"There is no node with id {string.Join(", ", missing)}.", nameof(Contract.CoveredNodes));
        if (contract.CoveredNodes.Count + wanted.Count(id => !contract.Covers(id)) > ContractConsts.MaxCoveredNodes)
            throw new BusinessException(Codes.TooManyNodes, $"A contract can cover at most {ContractConsts.MaxCoveredNodes} nodes.", nameof(Contract.CoveredNodes));
        foreach (var id in wanted) contract.Cover(id);
    }

    private async Task EnsureVendorExistsAsync(Guid vendorId, CancellationToken ct)
    {
        try
        {
            await vendors.GetAsync(vendorId, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new BusinessException(Codes.VendorNotFound, $"There is no vendor with id {vendorId}.", nameof(Contract.VendorId));
        }
    }

    private async Task EnsureNumberIsFreeAsync(Guid vendorId, string number, Guid? exceptId, CancellationToken ct)
    {
        var existing = await contracts.FindByNumberAsync(vendorId, Contract.NormalizeNumber(number), ct);
        if (existing is not null && existing.Id != exceptId)
            throw new BusinessException(Codes.NumberAlreadyExists,
                $"This vendor already has a contract numbered '{existing.Number}'.", nameof(Contract.Number), BusinessErrorKind.Conflict);
    }
}
