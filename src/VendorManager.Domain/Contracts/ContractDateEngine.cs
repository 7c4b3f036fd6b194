using NodaTime;
using NodaTime.Text;

namespace VendorManager.Contracts;

/// <summary>
/// Works out a contract's status, deadlines and reminders on a given instant. Pure: no clock, no
/// I/O; time is passed in as a UTC instant and read as a whole day in the contract's zone, so the
/// answer does not depend on the server's zone or daylight saving.
/// <para>
/// Automatic renewals count from the current term: stored terms that have ended are continued with
/// the renewals that have since started (not stored until <see cref="Contract.RollOverTacitRenewals"/>
/// records them), so the notice deadline is the current term's, never the first term's.
/// </para>
/// </summary>
public static class ContractDateEngine
{
    public static ContractDates Evaluate(Contract contract, DateTime now) => Evaluate(contract.Schedule(), now);

    public static ContractDates Evaluate(ContractSchedule schedule, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Terms.Count == 0) throw new ArgumentException("A contract has at least one term.", nameof(schedule));
        var zone = ContractTimeZone.Get(schedule.TimeZoneId);
        var today = ContractTimeZone.Today(now, zone);
        var terms = Timeline(schedule, today);
        var pivot = schedule.TerminatedOn is { } lastDay && lastDay < today ? lastDay : today;
        var ci = terms.FindLastIndex(t => t.Start <= pivot);
        if (ci < 0) ci = 0;
        var current = terms[ci];

        if (schedule.TerminatedOn is { } terminatedOn)
        {
            return new ContractDates
            {
                ContractId = schedule.ContractId,
                TimeZoneId = schedule.TimeZoneId,
                Today = today,
                Status = ContractStatus.Terminated,
                CurrentTerm = current,
                End = terminatedOn,
                EndUtc = ContractTimeZone.EndOfDayUtc(terminatedOn, zone),
                Reminders = [],
            };
        }

        var automatic = schedule.RenewalKind == RenewalKind.Automatic && !schedule.RenewalPeriod.IsZero;
        var byDecision = schedule.RenewalKind == RenewalKind.ExplicitDecision && !schedule.RenewalPeriod.IsZero;
        var recordedNext = ci + 1 < terms.Count ? terms[ci + 1] : null;
        var noticeDeadline = recordedNext is null ? DeadlineOf(current, schedule) : null;
        LocalDate? end = automatic ? null : terms[^1].End;
        var decisionOpen = byDecision && recordedNext is null && today <= current.End
                           && (noticeDeadline is null || today <= noticeDeadline);

        var nextTerm = recordedNext;
        if (nextTerm is null && (automatic || decisionOpen))
        {
            var (nextStart, nextEnd) = TermChain.Continue(Dates(terms), schedule.RenewalPeriod).First();
            nextTerm = new ContractTermSpan(terms[^1].Sequence + 1, nextStart, nextEnd,
                automatic ? ContractTermOrigin.TacitRenewal : ContractTermOrigin.ExplicitRenewal, IsRecorded: false);
        }

        var maxLead = LeadWindowDays(schedule);
        var willEnd = !automatic && recordedNext is null && (!byDecision || noticeDeadline is null || today > noticeDeadline);
        var status =
            today < terms[0].Start ? ContractStatus.Draft
            : end is { } e && today > e ? ContractStatus.Expired
            : recordedNext is not null || (automatic && noticeDeadline < today) ? ContractStatus.Renewed
            : noticeDeadline is { } d && today >= d.PlusDays(-maxLead) && today <= d ? ContractStatus.InNoticePeriod
            : willEnd && end is { } last && today >= last.PlusDays(-maxLead) ? ContractStatus.Expiring
            : ContractStatus.Active;

        var upcoming = UpcomingDeadlines(terms, schedule, automatic).Where(x => x >= today);
        var nextNoticeDeadline = upcoming.Cast<LocalDate?>().FirstOrDefault();
        var targets = new List<(ReminderTarget Kind, LocalDate Date)>();
        foreach (var deadline in upcoming)
        {
            // Short automatic terms put several deadlines inside the lead window; each gets its reminders.
            if (targets.Count > 0 && deadline > today.PlusDays(maxLead)) break;
            targets.Add((ReminderTarget.NoticeDeadline, deadline));
        }
        if (end is { } endDay && endDay >= today) targets.Add((ReminderTarget.End, endDay));

        return new ContractDates
        {
            ContractId = schedule.ContractId,
            TimeZoneId = schedule.TimeZoneId,
            Today = today,
            Status = status,
            CurrentTerm = current,
            NextTerm = nextTerm,
            NoticeDeadline = noticeDeadline,
            NextNoticeDeadline = nextNoticeDeadline,
            End = end,
            NoticeDeadlineUtc = EndOfDay(noticeDeadline, zone),
            NextNoticeDeadlineUtc = EndOfDay(nextNoticeDeadline, zone),
            EndUtc = EndOfDay(end, zone),
            NextRenewalUtc = nextTerm is null ? null : ContractTimeZone.StartOfDayUtc(nextTerm.Start, zone),
            Reminders = Reminders(schedule, targets, today, zone),
        };
    }

    /// <summary>The lead window the statuses look ahead by: the contract's largest reminder lead time.</summary>
    public static int LeadWindowDays(ContractSchedule schedule)
        => schedule.ReminderLeadDays.Count > 0 ? schedule.ReminderLeadDays.Max() : ContractConsts.DefaultReminderLeadDays.Max();

    /// <summary>
    /// The last day notice can be given for <paramref name="term"/>: its last day minus the notice
    /// period (31 May minus 3 months is 28 February: clamped, never into March). That is the
    /// earlier reading of "N months before the end", so a reminder is never late. Automatic renewal
    /// always has one (zero notice: the last day); renewal by decision only with a notice period.
    /// </summary>
    public static LocalDate? DeadlineOf(ContractTermSpan term, ContractSchedule schedule) => schedule.RenewalKind switch
    {
        RenewalKind.Automatic => schedule.NoticePeriod.SubtractFrom(term.End),
        RenewalKind.ExplicitDecision when !schedule.NoticePeriod.IsZero => schedule.NoticePeriod.SubtractFrom(term.End),
        _ => null,
    };

    /// <summary>The key a reminder is sent under at most once.</summary>
    public static string ReminderKey(Guid contractId, ReminderTarget target, LocalDate targetDate, int leadDays)
        => $"contract:{contractId:N}:{(target == ReminderTarget.End ? "end" : "notice-deadline")}:{LocalDatePattern.Iso.Format(targetDate)}:{leadDays}d";

    /// <summary>The stored terms, continued with automatic renewals that have started by today but are not stored yet.</summary>
    private static List<ContractTermSpan> Timeline(ContractSchedule schedule, LocalDate today)
    {
        var terms = schedule.Terms.OrderBy(t => t.Sequence).ToList();
        if (schedule.RenewalKind != RenewalKind.Automatic || schedule.RenewalPeriod.IsZero || terms[^1].End >= today) return terms;
        foreach (var (start, end) in TermChain.Continue(Dates(terms), schedule.RenewalPeriod))
        {
            if (start > today || (schedule.TerminatedOn is { } last && start > last)) break;
            terms.Add(new ContractTermSpan(terms[^1].Sequence + 1, start, end, ContractTermOrigin.TacitRenewal, IsRecorded: false));
        }
        return terms;
    }

    /// <summary>
    /// Notice deadlines still to decide, in date order: the last known term's (earlier terms already
    /// have their successor recorded), then with automatic renewal those of the terms to come.
    /// </summary>
    private static IEnumerable<LocalDate> UpcomingDeadlines(List<ContractTermSpan> terms, ContractSchedule schedule, bool automatic)
    {
        if (DeadlineOf(terms[^1], schedule) is { } deadline) yield return deadline;
        if (!automatic) yield break;
        var sequence = terms[^1].Sequence;
        foreach (var (start, end) in TermChain.Continue(Dates(terms), schedule.RenewalPeriod))
        {
            var next = new ContractTermSpan(++sequence, start, end, ContractTermOrigin.TacitRenewal, IsRecorded: false);
            yield return DeadlineOf(next, schedule)!.Value;
        }
    }

    private static List<ContractReminderDue> Reminders(ContractSchedule schedule, List<(ReminderTarget Kind, LocalDate Date)> targets, LocalDate today, DateTimeZone zone)
    {
        var reminders = new List<ContractReminderDue>();
        var leads = schedule.ReminderLeadDays.Distinct().OrderDescending().ToList();
        foreach (var (kind, date) in targets)
        {
            var targetEnds = ContractTimeZone.EndOfDayUtc(date, zone);
            foreach (var lead in leads)
            {
                var dueOn = date.PlusDays(-lead);
                var isDue = dueOn <= today;
                reminders.Add(new ContractReminderDue
                {
                    ContractId = schedule.ContractId,
                    Target = kind,
                    TargetDate = date,
                    LeadDays = lead,
                    DueOn = dueOn,
                    IsDue = isDue,
                    IsSuperseded = isDue && leads.Any(shorter => shorter < lead && date.PlusDays(-shorter) <= today),
                    Key = ReminderKey(schedule.ContractId, kind, date, lead),
                    DueAtUtc = ContractTimeZone.StartOfDayUtc(dueOn, zone),
                    TargetEndsAtUtc = targetEnds,
                });
            }
        }
        return reminders;
    }

    private static DateTime? EndOfDay(LocalDate? day, DateTimeZone zone) => day is { } d ? ContractTimeZone.EndOfDayUtc(d, zone) : null;

    private static List<(LocalDate Start, LocalDate End)> Dates(List<ContractTermSpan> terms) => terms.Select(t => (t.Start, t.End)).ToList();
}
