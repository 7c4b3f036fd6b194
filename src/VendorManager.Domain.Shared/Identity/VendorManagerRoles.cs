namespace VendorManager.Identity;

/// <summary>The fixed roles. Permissions per role are granted in code (see RolePermissionGrants).</summary>
public static class VendorManagerRoles
{
    public const string Administrator = "Administrator";
    public const string Procurement = "Procurement";
    public const string ContractAdmin = "ContractAdmin";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Administrator, Procurement, ContractAdmin, Auditor];
}
