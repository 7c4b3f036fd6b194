namespace VendorManager.Contracts;

/// <summary>The calendar period availability is measured and credited over, in the SLA's time zone.</summary>
public enum MeasurementPeriod
{
    Month = 0,
    Quarter = 1,
}
