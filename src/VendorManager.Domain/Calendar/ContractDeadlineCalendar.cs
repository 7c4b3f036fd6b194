using NodaTime;
using VendorManager.Contracts;

namespace VendorManager.Calendar;

/// <summary>
/// The deadlines of one contract that fall in a window of days: every notice deadline, the end
/// and every certain renewal, as whole days in the contract's zone. Pure, like
/// <see cref="ContractDateEngine"/>, whose rules it follows; the engine answers "what is next",
/// this lists everything in the window, so a contract renewing tacitly every month shows each
/// month's deadline rather than only the first.
/// </summary>
public static class ContractDeadlineCalendar
{
    /// <summary>
    /// In date order (a notice deadline before a renewal on the same day). Nothing for a terminated
    /// or expired contract: nothing hangs on its dates any more.
    /// </summary>
    public static IReadOnlyList<ContractDeadline> Within(ContractSchedule schedule, DateTime now, CalendarWindow window)
    {
        var dates = ContractDateEngine.Evaluate(schedule, now);
        if (dates.Status is ContractStatus.Terminated or ContractStatus.Expired) return [];
        var (from, until) = window.Around(dates.Today);
        bool InWindow(LocalDate day) => day >= from && day < until;

        var stored = schedule.Terms.OrderBy(t => t.Sequence).ToList();
        var automatic = schedule.RenewalKind == RenewalKind.Automatic && !schedule.RenewalPeriod.IsZero;
        var deadlines = new List<ContractDeadline>();
        foreach (var term in Chain(stored, schedule.RenewalPeriod, automatic))
        {
            // Without automatic renewal only the last recorded term's decision is open: an earlier
            // term's successor is recorded, so its deadline no longer asks anything of anyone.
            var notice = automatic || term.Sequence == stored[^1].Sequence ? ContractDateEngine.DeadlineOf(term, schedule) : null;
            if (notice is { } n && InWindow(n)) deadlines.Add(new ContractDeadline(schedule.ContractId, ContractDeadlineKind.NoticeDeadline, n, term));
            if (term.Sequence > 1 && InWindow(term.Start)) deadlines.Add(new ContractDeadline(schedule.ContractId, ContractDeadlineKind.Renewal, term.Start, term));
            // Renewals to come never end: starts and deadlines only grow along the chain, so once
            // both are past the window, so is every later term.
            if (automatic && term.Start >= until && notice >= until) break;
        }
        if (dates.End is { } end && InWindow(end))
            deadlines.Add(new ContractDeadline(schedule.ContractId, ContractDeadlineKind.End, end, stored[^1]));
        return deadlines.OrderBy(d => d.Date).ThenBy(d => d.Kind).ToList();
    }

    /// <summary>The recorded terms, then (with automatic renewal) the renewals to come, without end.</summary>
    private static IEnumerable<ContractTermSpan> Chain(List<ContractTermSpan> stored, ContractPeriod renewalPeriod, bool automatic)
    {
        foreach (var term in stored) yield return term;
        if (!automatic) yield break;
        var sequence = stored[^1].Sequence;
        foreach (var (start, end) in TermChain.Continue(stored.Select(t => (t.Start, t.End)).ToList(), renewalPeriod))
            yield return new ContractTermSpan(++sequence, start, end, ContractTermOrigin.TacitRenewal, IsRecorded: false);
    }
}
