namespace VendorManager.Permissions;

/// <summary>
/// Permission names. Each one is an authorization policy of the same name; controllers and pages
/// ask for a permission, never for a role, so the grant table below is the one place to change.
/// </summary>
public static class VendorManagerPermissions
{
    public const string Prefix = "VendorManager.";

    public static class Vendors
    {
        public const string Read = Prefix + "Vendors.Read";
        public const string Create = Prefix + "Vendors.Create";
        public const string Edit = Prefix + "Vendors.Edit";
        public const string Delete = Prefix + "Vendors.Delete";
    }

    public static class Nodes
    {
        public const string Read = Prefix + "Nodes.Read";
        public const string Create = Prefix + "Nodes.Create";
        public const string Edit = Prefix + "Nodes.Edit";
        public const string Delete = Prefix + "Nodes.Delete";
        public const string Import = Prefix + "Nodes.Import";
    }

    public static class Contracts
    {
        public const string Read = Prefix + "Contracts.Read";
        /// <summary>Create, edit, renew, terminate and delete contracts; their SLA terms, covered nodes and reminder lead times.</summary>
        public const string Manage = Prefix + "Contracts.Manage";
    }

    public static class Users
    {
        public const string Read = Prefix + "Users.Read";
        public const string Manage = Prefix + "Users.Manage";
    }

    public static class AuditLogs
    {
        public const string Read = Prefix + "AuditLogs.Read";
    }

    public static class BackgroundJobs
    {
        /// <summary>The Hangfire dashboard: it can trigger and delete jobs, so administrators only.</summary>
        public const string Dashboard = Prefix + "BackgroundJobs.Dashboard";
    }

    public static IReadOnlyList<string> All { get; } =
    [
        Vendors.Read, Vendors.Create, Vendors.Edit, Vendors.Delete,
        Nodes.Read, Nodes.Create, Nodes.Edit, Nodes.Delete, Nodes.Import,
        Contracts.Read, Contracts.Manage,
        Users.Read, Users.Manage,
        AuditLogs.Read,
        BackgroundJobs.Dashboard,
    ];
}
