namespace VendorManager.Vendors;

/// <summary>What a vendor supplies. A vendor often supplies several, hence flags.</summary>
[Flags]
public enum VendorKind
{
    None = 0,
    Pacs = 1,
    Modality = 2,
    Storage = 4,
    Integration = 8,
    Staffing = 16,
    Other = 32,
}
