using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// What contract lists filter and sort on, kept on the contract's row: the status, the next notice
/// deadline and the end as the date engine gave them, and <see cref="StatusValidUntilUtc"/>, the
/// first instant at which the engine could give a different answer with nothing edited.
/// <para>
/// Status depends on today, so a stored copy goes stale with the clock alone. Evaluating every
/// contract on every list request would be exact but costs a full scan and the engine per row; a
/// copy that knows when it expires is exact too: until that instant the answer cannot change,
/// and a list refreshes the (normally no) rows whose instant has passed before it filters.
/// </para>
/// </summary>
/// <param name="Status">The status as of the last refresh.</param>
/// <param name="NextNoticeDeadline">The first notice deadline on or after that day, in the contract's zone.</param>
/// <param name="EndsOn">The last day the contract covers if nothing more is decided; null while it renews automatically.</param>
/// <param name="StatusValidUntilUtc">
/// The start (UTC) of the first local day on which the status, the next deadline or the end may
/// differ; null when time alone changes nothing any more (terminated or expired).
/// </param>
public sealed record ContractListing(ContractStatus Status, LocalDate? NextNoticeDeadline, LocalDate? EndsOn, DateTime? StatusValidUntilUtc)
{
    public static ContractListing Of(ContractSchedule schedule, DateTime now)
    {
        var dates = ContractDateEngine.Evaluate(schedule, now);
        var changesOn = NextChangeDay(schedule, dates);
        return new ContractListing(dates.Status, dates.NextNoticeDeadline, dates.End,
            changesOn is { } day ? ContractTimeZone.StartOfDayUtc(day, ContractTimeZone.Get(schedule.TimeZoneId)) : null);
    }

    public bool IsStale(DateTime now) => StatusValidUntilUtc is { } until && until <= now;

    /// <summary>
    /// The earliest day after today on which one of the comparisons behind the status flips: the
    /// first term starts (draft ends), the current term ends (a renewal starts or the contract
    /// runs out), a deadline or the end enters the lead window, or the day after a deadline or the
    /// end (the decision passed, the next deadline takes over, the contract expired). Days that are
    /// not a change are harmless: the copy is recomputed and found the same.
    /// </summary>
    internal static LocalDate? NextChangeDay(ContractSchedule schedule, ContractDates dates)
    {
        // A termination is final and its dates fixed: nothing moves until someone edits the contract.
        if (dates.Status == ContractStatus.Terminated) return null;
        var lead = ContractDateEngine.LeadWindowDays(schedule);
        var candidates = new List<LocalDate>
        {
            schedule.Terms.Min(t => t.Start),
            dates.CurrentTerm.End.PlusDays(1),
        };
        if (dates.NextTerm is { } next) candidates.Add(next.Start);
        foreach (var day in new[] { dates.NoticeDeadline, dates.NextNoticeDeadline, dates.End })
        {
            if (day is not { } d) continue;
            candidates.Add(d.PlusDays(-lead));
            candidates.Add(d.PlusDays(1));
        }
        var upcoming = candidates.Where(d => d > dates.Today).ToList();
        return upcoming.Count == 0 ? null : upcoming.Min();
    }
}
