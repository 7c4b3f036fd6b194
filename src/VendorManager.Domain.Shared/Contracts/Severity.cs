namespace VendorManager.Contracts;

/// <summary>The severity of a vendor ticket; each has its own response and resolution targets.</summary>
public enum Severity
{
    Critical = 0,
    High = 1,
    Medium = 2,
    Low = 3,
}
