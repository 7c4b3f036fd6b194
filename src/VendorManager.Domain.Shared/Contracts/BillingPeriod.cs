namespace VendorManager.Contracts;

public enum BillingPeriod
{
    Monthly = 0,
    Quarterly = 1,
    Annually = 2,
    OneOff = 3,
}
