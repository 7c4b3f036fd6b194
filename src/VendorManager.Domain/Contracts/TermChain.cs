using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// Where the next renewal terms fall.
/// <para>
/// Renewal boundaries are counted from an anchor, never from the previous term: term k of a run
/// starts on anchor + k × period, and each term ends the day before the next starts. Adding the
/// period to the previous term's start would drift at month ends for good: a monthly contract from
/// 31 January would go 28 February, 28 March, 28 April... and lose days every renewal. From the
/// anchor it goes 31 January, 28 February, 31 March, 30 April, as the contract reads.
/// </para>
/// <para>
/// The anchor is derived from the stored terms, not kept: it is the start of the earliest term
/// from which every later term, and the next one, start exactly on anchor + k × period. Normally
/// that is the first term's start. When a term did not follow that rhythm (it was rescheduled, or
/// renewed with an explicit end, or the renewal period changed), the rhythm restarts there: from
/// the current term's start if that term is itself one period long, otherwise from the day after it
/// ends. A correction therefore moves later anniversaries along with it and never rewrites the past.
/// </para>
/// </summary>
internal static class TermChain
{
    /// <summary>The terms that would follow <paramref name="terms"/> (contiguous, in order), without end.</summary>
    public static IEnumerable<(LocalDate Start, LocalDate End)> Continue(IReadOnlyList<(LocalDate Start, LocalDate End)> terms, ContractPeriod period)
    {
        if (period.IsZero) throw new InvalidOperationException("A renewal period is needed to continue the terms.");
        var (anchor, k) = FindAnchor(terms, period);
        while (true)
        {
            var start = anchor.Plus(period.Times(k));
            var end = anchor.Plus(period.Times(k + 1)).PlusDays(-1);
            yield return (start, end);
            k++;
        }
    }

    /// <summary>The anchor and the index the next term has counted from it.</summary>
    internal static (LocalDate Anchor, int NextIndex) FindAnchor(IReadOnlyList<(LocalDate Start, LocalDate End)> terms, ContractPeriod period)
    {
        var nextStart = terms[^1].End.PlusDays(1);
        // Not monotone (from 31 Jan the chain fits; from 28 Feb it does not), so try the earliest first.
        for (var j = 0; j < terms.Count; j++)
        {
            if (Fits(terms, j, nextStart, period))
                return (terms[j].Start, terms.Count - j);
        }
        return (nextStart, 0);
    }

    private static bool Fits(IReadOnlyList<(LocalDate Start, LocalDate End)> terms, int from, LocalDate nextStart, ContractPeriod period)
    {
        var anchor = terms[from].Start;
        for (var i = from + 1; i < terms.Count; i++)
        {
            if (anchor.Plus(period.Times(i - from)) != terms[i].Start) return false;
        }
        return anchor.Plus(period.Times(terms.Count - from)) == nextStart;
    }
}
