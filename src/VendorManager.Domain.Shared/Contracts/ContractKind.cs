namespace VendorManager.Contracts;

public enum ContractKind
{
    ServiceMaintenance = 0,
    Licence = 1,
    Implementation = 2,
    /// <summary>A contract PACS administrator placed by the vendor, to be handed over to staff.</summary>
    Staffing = 3,
    Support = 4,
}
