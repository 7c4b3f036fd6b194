using VendorManager.Contracts;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>How a reminder's state reads on the contract page: words first, the colour only repeats them.</summary>
public static class ReminderText
{
    public static string State(ReminderDispatchState state) => state switch
    {
        ReminderDispatchState.Pending => "waiting to be sent",
        ReminderDispatchState.Sending => "being sent",
        ReminderDispatchState.Sent => "sent",
        ReminderDispatchState.Failed => "failed",
        ReminderDispatchState.Uncertain => "uncertain",
        ReminderDispatchState.Cancelled => "cancelled",
        _ => state.ToString(),
    };

    public static string BadgeClass(ReminderDispatchState state) => state switch
    {
        ReminderDispatchState.Sent => "text-bg-success",
        ReminderDispatchState.Failed or ReminderDispatchState.Uncertain => "text-bg-warning",
        ReminderDispatchState.Cancelled => "text-bg-secondary",
        _ => "text-bg-info",
    };
}
