using VendorManager.Contracts;
using VendorManager.Nodes;

namespace VendorManager.Vendors;

/// <summary>
/// A vendor is deleted only when no contract and no DICOM node names it any more. Deletion is soft,
/// so the database's foreign keys would not stop it, and a contract whose vendor has vanished would
/// drop out of SLA reports and reminders that say whose service it is.
/// </summary>
public sealed class VendorRemovalRule(IContractListingRepository contracts, IDicomNodeRepository nodes)
{
    private const int Named = 5;

    public async Task EnsureCanDeleteAsync(Vendor vendor, CancellationToken ct = default)
    {
        var (contractRows, contractTotal) = await contracts.ListAsync(
            new ContractQuery(null, vendor.Id, null, null, null, ContractSortField.Number, false, 0, Named), ct);
        var (nodeRows, nodeTotal) = await nodes.ListAsync(
            new DicomNodeQuery(null, null, null, vendor.Id, null, DicomNodeSortField.Name, false, 0, Named), ct);
        if (contractTotal == 0 && nodeTotal == 0) return;

        var still = new List<string>();
        if (contractTotal > 0) still.Add(Describe(contractTotal, "contract", contractRows.Select(c => c.Number).ToList()));
        if (nodeTotal > 0) still.Add(Describe(nodeTotal, "DICOM node", nodeRows.Select(n => n.Name).ToList()));
        throw new BusinessException(VendorManagerErrorCodes.Vendors.StillReferenced,
            $"'{vendor.Name}' cannot be deleted: {string.Join(" and ", still)} still name it. Delete those contracts and "
            + "move those nodes to another vendor (or none) first.", kind: BusinessErrorKind.Conflict);
    }

    /// <summary>"2 contracts (A-1, A-2)", or "7 contracts (A-1, ..., A-5 and 2 more)".</summary>
    private static string Describe(int total, string noun, IReadOnlyList<string> names)
        => $"{(total == 1 ? $"1 {noun}" : $"{total} {noun}s")} ({string.Join(", ", names)}{(total > names.Count ? $" and {total - names.Count} more" : "")})";
}
