namespace VendorManager.Web.Pages.Status;

/// <summary>The windows a node page offers. Only these, so a crafted URL cannot ask for a year of raw samples.</summary>
public sealed record ChartWindow(int Hours, string Label)
{
    public static readonly IReadOnlyList<ChartWindow> All = [new(24, "24 h"), new(24 * 7, "7 d"), new(24 * 30, "30 d")];

    /// <summary>The window asked for, or the first one when the number is not on offer.</summary>
    public static ChartWindow For(int hours) => All.FirstOrDefault(w => w.Hours == hours) ?? All[0];

    public TimeSpan Length => TimeSpan.FromHours(Hours);
}
