using VendorManager.Identity;

namespace VendorManager.Permissions;

/// <summary>Which role holds which permission. Auditors read everything and change nothing.</summary>
public static class RolePermissionGrants
{
    private static readonly Dictionary<string, HashSet<string>> Grants = new(StringComparer.OrdinalIgnoreCase)
    {
        [VendorManagerRoles.Administrator] = [.. VendorManagerPermissions.All],
        // Procurement reads contracts and SLA terms to claim credits and compare vendors; it changes none.
        [VendorManagerRoles.Procurement] =
        [
            VendorManagerPermissions.Vendors.Read,
            VendorManagerPermissions.Nodes.Read,
            VendorManagerPermissions.Contracts.Read,
        ],
        // Nodes are the administrators' (they run the PACS); contract admins read them to cover them by contracts.
        [VendorManagerRoles.ContractAdmin] =
        [
            VendorManagerPermissions.Vendors.Read,
            VendorManagerPermissions.Nodes.Read,
            VendorManagerPermissions.Vendors.Create,
            VendorManagerPermissions.Vendors.Edit,
            VendorManagerPermissions.Contracts.Read,
            VendorManagerPermissions.Contracts.Manage,
        ],
        [VendorManagerRoles.Auditor] = [.. VendorManagerPermissions.All.Where(IsReadOnly)],
    };

    public static bool IsReadOnly(string permission) => permission.EndsWith(".Read", StringComparison.Ordinal);

    public static bool IsGranted(IEnumerable<string> roles, string permission)
        => roles.Any(role => Grants.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static IReadOnlySet<string> For(string role)
        => Grants.TryGetValue(role, out var granted) ? granted : new HashSet<string>();
}
