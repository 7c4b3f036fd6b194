using NodaTime;
using System.Globalization;
using VendorManager.Contracts;

namespace VendorManager.Calendar;

/// <summary>
/// How a deadline reads in a calendar: a short title and what to do about it. One wording for the
/// page and the feed, so a person sees the same words in both.
/// </summary>
public static class ContractDeadlineWording
{
    public static string KindName(ContractDeadlineKind kind) => kind switch
    {
        ContractDeadlineKind.NoticeDeadline => "Notice deadline",
        ContractDeadlineKind.End => "Contract ends",
        _ => "Renewal",
    };

    public static string Summary(ContractDeadlineItem item)
        => $"{KindName(item.Deadline.Kind)}: {item.VendorName} {item.Contract.Number}";

    public static string Advice(ContractDeadlineItem item)
    {
        var schedule = item.Contract.Schedule;
        var term = item.Deadline.Term;
        var automatic = schedule.RenewalKind == RenewalKind.Automatic && !schedule.RenewalPeriod.IsZero;
        return item.Deadline.Kind switch
        {
            ContractDeadlineKind.NoticeDeadline when automatic =>
                $"Last day to give notice. Without notice the contract renews automatically on {Day(term.End.PlusDays(1))} for {Length(schedule.RenewalPeriod)}.",
            ContractDeadlineKind.NoticeDeadline =>
                $"Last day to give notice or decide on renewal. Without a renewal the contract ends on {Day(term.End)}.",
            ContractDeadlineKind.End =>
                "Last day the contract covers. Renew it or arrange a replacement before then.",
            _ when term.IsRecorded =>
                $"A recorded new term starts, running to {Day(term.End)}.",
            _ => $"The contract renews automatically for {Length(schedule.RenewalPeriod)}, running to {Day(term.End)}, unless notice was given.",
        };
    }

    /// <summary>The text of a calendar event: the advice, the contract, its term and zone, and the link to it.</summary>
    public static string Description(ContractDeadlineItem item, Uri contractLink)
    {
        var contract = item.Contract;
        var term = item.Deadline.Term;
        var title = string.IsNullOrEmpty(contract.Title) ? "" : $" ({contract.Title})";
        return $"""
            {Advice(item)}

            Contract {contract.Number}{title} with {item.VendorName}.
            Term {term.Sequence}: {Day(term.Start)} to {Day(term.End)}. Days are whole days in {contract.Schedule.TimeZoneId}.

            {contractLink}
            """;
    }

    /// <summary>ISO yyyy-MM-dd, written directly: a feed formats tens of thousands of days, and NodaTime's patterns cost several times more.</summary>
    public static string Day(LocalDate day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year:D4}-{day.Month:D2}-{day.Day:D2}");

    /// <summary>"1 year", "3 months": <see cref="ContractPeriod.ToString"/> is for logs and always says the plural.</summary>
    public static string Length(ContractPeriod period)
    {
        var unit = period.Unit switch
        {
            PeriodUnit.Days => "day",
            PeriodUnit.Weeks => "week",
            PeriodUnit.Months => "month",
            _ => "year",
        };
        return $"{period.Count} {unit}{(period.Count == 1 ? "" : "s")}";
    }
}
