using VendorManager.Contracts;
using VendorManager.Nodes;

namespace VendorManager.Vendors;

/// <summary>
/// A vendor is deleted only when no contract and no DICOM node names it any more. Deletion is soft,
/// so the database's foreign keys would not stop it, and a contract whose vendor has vanished would
/// drop out of SLA reports and reminders that say whose service it is.
/// </summary>
public sealed class VendorRemovalRule(IContractReferenceReader contracts, IDicomNodeRepository nodes)
{
    private const int Named = 5;

    public async Task EnsureCanDeleteAsync(Vendor vendor, CancellationToken ct = default)
    {
        var byContract = await contracts.OfVendorAsync(vendor.Id, Named, ct);
        var (nodeItems, nodeTotal) = await nodes.ListAsync(
            new DicomNodeQuery(null, null, null, vendor.Id, null, DicomNodeSortField.Name, false, 0, Named), ct);
        var byNode = new ContractNumbers(nodeItems.Select(n => n.Name).ToList(), nodeTotal);
        if (byContract.Total == 0 && byNode.Total == 0) return;

        var still = new List<string>();
        if (byContract.Total > 0) still.Add($"{Count(byContract.Total, "contract")} ({byContract})");
        if (byNode.Total > 0) still.Add($"{Count(byNode.Total, "DICOM node")} ({byNode})");
        throw new BusinessException(VendorManagerErrorCodes.Vendors.StillReferenced,
            $"'{vendor.Name}' cannot be deleted: {string.Join(" and ", still)} still name it. Delete those contracts and "
            + "move those nodes to another vendor (or none) first.", kind: BusinessErrorKind.Conflict);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
