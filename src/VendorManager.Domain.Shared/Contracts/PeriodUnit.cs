namespace VendorManager.Contracts;

public enum PeriodUnit
{
    Days = 0,
    Weeks = 1,
    Months = 2,
    Years = 3,
}
