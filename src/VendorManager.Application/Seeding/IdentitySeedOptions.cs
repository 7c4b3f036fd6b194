namespace VendorManager.Seeding;

/// <summary>Bound from "Seed". There is no built-in default password: unset, one is generated and printed once.</summary>
public sealed class IdentitySeedOptions
{
    public string AdminUserName { get; set; } = "admin";
    public string AdminEmail { get; set; } = "admin@vendormanager.local";
    public string? AdminPassword { get; set; }
}
