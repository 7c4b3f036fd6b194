using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using VendorManager.Contracts;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>How contract values read on every page, so a status or a period is worded (and coloured) the same everywhere.</summary>
public static class ContractText
{
    public static string Status(ContractStatus status) => status switch
    {
        ContractStatus.Draft => "Draft",
        ContractStatus.Active => "Active",
        ContractStatus.InNoticePeriod => "In notice period",
        ContractStatus.Expiring => "Expiring",
        ContractStatus.Renewed => "Renewed",
        ContractStatus.Expired => "Expired",
        ContractStatus.Terminated => "Terminated",
        _ => status.ToString(),
    };

    /// <summary>What the status asks of people; the badge's tooltip and the filter's help.</summary>
    public static string StatusMeaning(ContractStatus status) => status switch
    {
        ContractStatus.Draft => "The first term has not started yet.",
        ContractStatus.Active => "Running; no decision or end within the reminder window.",
        ContractStatus.InNoticePeriod => "A decision is due: the notice deadline is within the reminder window.",
        ContractStatus.Expiring => "The contract ends without renewal within the reminder window.",
        ContractStatus.Renewed => "The next term is certain and has not started yet.",
        ContractStatus.Expired => "The last term ended without renewal.",
        ContractStatus.Terminated => "A termination is recorded.",
        _ => "",
    };

    /// <summary>Colour only repeats what the badge's words say.</summary>
    public static string StatusBadgeClass(ContractStatus status) => status switch
    {
        ContractStatus.Active => "text-bg-success",
        ContractStatus.InNoticePeriod => "text-bg-warning",
        ContractStatus.Expiring => "text-bg-danger",
        ContractStatus.Renewed => "text-bg-info",
        ContractStatus.Terminated => "text-bg-dark",
        ContractStatus.Draft => "text-bg-light border",
        _ => "text-bg-secondary",
    };

    public static string Kind(ContractKind kind) => kind switch
    {
        ContractKind.ServiceMaintenance => "Service/maintenance",
        ContractKind.Licence => "Licence",
        ContractKind.Implementation => "Implementation",
        ContractKind.Staffing => "Staffing (contract administrator)",
        ContractKind.Support => "Support",
        _ => kind.ToString(),
    };

    public static string Renewal(RenewalKind kind) => kind switch
    {
        RenewalKind.None => "No renewal",
        RenewalKind.Automatic => "Automatic (tacit)",
        RenewalKind.ExplicitDecision => "By explicit decision",
        _ => kind.ToString(),
    };

    public static string Origin(ContractTermOrigin origin) => origin switch
    {
        ContractTermOrigin.Initial => "Initial",
        ContractTermOrigin.TacitRenewal => "Tacit renewal",
        ContractTermOrigin.ExplicitRenewal => "Explicit renewal",
        _ => origin.ToString(),
    };

    public static string Billing(BillingPeriod period) => period == BillingPeriod.OneOff ? "One-off" : period.ToString();

    public static string Coverage(CoverageKind kind) => kind == CoverageKind.TwentyFourSeven ? "24x7" : "Weekly schedule";

    public static string Period(ContractPeriodDto period) => period.Count == 0
        ? "none"
        : $"{period.Count} {(period.Count == 1 ? period.Unit.ToString().TrimEnd('s') : period.Unit.ToString()).ToLowerInvariant()}";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A day counted from today in the contract's zone: "in 12 days", "today", "3 days ago".</summary>
    public static string DaysFrom(DateOnly date, DateOnly today)
    {
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 0 => $"in {days} days",
            _ => $"{-days} days ago",
        };
    }

    public static string Money(decimal? amount, string? currency)
        => amount is { } value ? $"{value.ToString("#,0.##", CultureInfo.InvariantCulture)} {currency}".Trim() : "—";

    public static string Percent(decimal value) => Number(value) + " %";

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Minutes as people say them: "45 min", "4 h", "1 d 2 h".</summary>
    public static string Minutes(int minutes)
    {
        if (minutes < 60) return $"{minutes} min";
        var span = TimeSpan.FromMinutes(minutes);
        var parts = new List<string>();
        if (span.Days > 0) parts.Add($"{span.Days} d");
        if (span.Hours > 0) parts.Add($"{span.Hours} h");
        if (span.Minutes > 0) parts.Add($"{span.Minutes} min");
        return string.Join(" ", parts);
    }

    /// <summary>Options whose values are the enum's names, so a posted form and a URL read the same.</summary>
    public static List<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum
        => Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString())).ToList();
}
