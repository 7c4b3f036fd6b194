using NodaTime;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>
/// The contract's terms over its life: how it renews, tacit roll-overs, renewal decisions,
/// corrections of the latest term and termination. Every change keeps the terms that already
/// happened as history.
/// </summary>
public partial class Contract
{
    /// <summary>
    /// Sets how the contract renews from now on. Terms that already started under the old settings
    /// are recorded first, so switching automatic renewal off never erases renewals that happened.
    /// </summary>
    public void ChangeRenewal(RenewalKind kind, ContractPeriod? renewalPeriod, ContractPeriod? noticePeriod, DateTime now)
    {
        EnsureNotTerminated();
        if (!Enum.IsDefined(kind))
            throw new BusinessException(Codes.RenewalKindInvalid, "Renewal must be none, automatic or by explicit decision.", nameof(RenewalKind));
        if (kind != RenewalKind.None && (renewalPeriod is null || renewalPeriod.IsZero))
            throw new BusinessException(Codes.RenewalPeriodRequired, "Give the length of a renewal term.", nameof(RenewalPeriod));
        RollOverTacitRenewals(now);
        RenewalKind = kind;
        RenewalPeriod = kind == RenewalKind.None ? ContractPeriod.Zero : renewalPeriod!;
        NoticePeriod = noticePeriod ?? ContractPeriod.Zero;
    }

    /// <summary>
    /// Records every automatic renewal whose term has started by today (in the contract's zone), one
    /// term each, in order: after a long gap that is several. Idempotent: a second call the same day
    /// adds nothing. Nothing is added after a termination's effective day.
    /// </summary>
    public IReadOnlyList<ContractTerm> RollOverTacitRenewals(DateTime now)
    {
        var today = Today(now);
        if (RenewalKind != RenewalKind.Automatic || _terms[^1].End >= today) return [];
        var added = new List<ContractTerm>();
        foreach (var (start, end) in TermChain.Continue(TermDates(), RenewalPeriod))
        {
            if (start > today || (TerminatedOn is { } last && start > last)) break;
            added.Add(AddTerm(start, end, ContractTermOrigin.TacitRenewal, now));
        }
        return added;
    }

    /// <summary>
    /// Records a renewal decision: the next term starts the day after the latest term ends and runs
    /// to <paramref name="end"/>, or for one renewal period (counted from the anniversary, see
    /// <see cref="TermChain"/>). The latest term must have started: renewals are not stacked ahead.
    /// </summary>
    public ContractTerm Renew(LocalDate? end, DateTime now)
    {
        EnsureNotTerminated();
        RollOverTacitRenewals(now);
        var latest = _terms[^1];
        if (Today(now) < latest.Start)
            throw new BusinessException(Codes.RenewalTooEarly,
                $"The term from {latest.Start:uuuu-MM-dd} has not started yet; renew it once it runs.", "End", BusinessErrorKind.Rule);
        var start = latest.End.PlusDays(1);
        LocalDate last;
        if (end is { } given)
        {
            RequireDate(given, "End");
            RequireOrder(start, given);
            last = given;
        }
        else
        {
            if (RenewalPeriod.IsZero)
                throw new BusinessException(Codes.RenewalPeriodRequired, "Give the end of the new term: the contract has no renewal period.", "End");
            last = TermChain.Continue(TermDates(), RenewalPeriod).First().End;
        }
        return AddTerm(start, last, ContractTermOrigin.ExplicitRenewal, now);
    }

    /// <summary>
    /// Corrects the latest term's dates. While the contract has only its initial term, both dates
    /// may change (the contract as entered is being corrected). Otherwise renewals that happened are
    /// recorded first, the latest term must not have ended, and only its end may change: its start
    /// is the day after the previous term, which is history.
    /// </summary>
    public void Reschedule(LocalDate start, LocalDate end, DateTime now)
    {
        EnsureNotTerminated();
        RequireDate(start, "Start");
        RequireDate(end, "End");
        RequireOrder(start, end);
        ContractTimeZone.RequireUtc(now, nameof(now));
        if (_terms.Count == 1)
        {
            _terms[0].Correct(start, end);
            return;
        }
        RollOverTacitRenewals(now);
        var latest = _terms[^1];
        if (latest.End < Today(now))
            throw new BusinessException(Codes.TermEnded,
                $"The term ended on {latest.End:uuuu-MM-dd}; past terms are history. Record a renewal instead.", "End", BusinessErrorKind.Rule);
        if (start != latest.Start)
            throw new BusinessException(Codes.TermStartFixed,
                $"This term starts on {latest.Start:uuuu-MM-dd}, the day after the previous one ended.", "Start");
        latest.Correct(start, end);
    }

    /// <summary>
    /// Records a termination: <paramref name="effectiveOn"/> is the last day the contract covers.
    /// Renewals that started before it are recorded first; none follow. A terminated contract has no
    /// further deadlines or reminders.
    /// </summary>
    public void Terminate(LocalDate effectiveOn, string? reason, DateTime now)
    {
        EnsureNotTerminated();
        var text = Check.NotBlank(reason, ContractConsts.MaxTerminationReasonLength, "Reason",
            Codes.TerminationReasonRequired, Codes.TerminationReasonTooLong, "The reason for the termination");
        RequireDate(effectiveOn, "EffectiveOn");
        if (effectiveOn < _terms[0].Start.PlusDays(-1))
            throw new BusinessException(Codes.TerminationBeforeStart,
                $"The contract starts on {_terms[0].Start:uuuu-MM-dd}; it cannot end before that.", "EffectiveOn");
        ContractTimeZone.RequireUtc(now, nameof(now));
        if (RenewalKind != RenewalKind.Automatic && effectiveOn > _terms[^1].End)
            throw new BusinessException(Codes.TerminationAfterEnd,
                $"The contract ends on {_terms[^1].End:uuuu-MM-dd} anyway; a termination must take effect by then.", "EffectiveOn");
        TerminatedOn = effectiveOn;
        TerminationReason = text;
        TerminationRecordedAt = now;
        // After TerminatedOn is set: a termination recorded late still lets the renewals that began
        // before it take effect into the history, and none after it.
        RollOverTacitRenewals(now);
    }

    private ContractTerm AddTerm(LocalDate start, LocalDate end, ContractTermOrigin origin, DateTime now)
    {
        if (_terms.Count >= ContractConsts.MaxTerms)
            throw new BusinessException(Codes.TooManyTerms, $"A contract can have at most {ContractConsts.MaxTerms} terms; start a new contract.", nameof(Terms), BusinessErrorKind.Rule);
        RequireDate(end, "End");
        var term = new ContractTerm(Id, _terms[^1].Sequence + 1, start, end, origin, now);
        _terms.Add(term);
        return term;
    }

    private List<(LocalDate Start, LocalDate End)> TermDates() => _terms.Select(t => (t.Start, t.End)).ToList();
}
