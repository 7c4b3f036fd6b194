namespace VendorManager.Calendar;

public static class ContractCalendarConsts
{
    public const int DefaultMonthsAhead = 12;
    public const int MaxMonthsAhead = 36;
}
