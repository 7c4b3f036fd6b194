using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// A length written in a contract: "1 year", "3 months", "90 days". Month and year arithmetic
/// clamps to the month's end (31 January + 1 month = 28 or 29 February), as NodaTime does.
/// Zero means "none" (no notice period). Stored with the contract as two columns.
/// </summary>
public sealed record ContractPeriod
{
    public static readonly ContractPeriod Zero = new() { Count = 0, Unit = PeriodUnit.Days };

    public int Count { get; private init; }
    public PeriodUnit Unit { get; private init; }

    public bool IsZero => Count == 0;

    private ContractPeriod() { }

    public static ContractPeriod Create(int count, PeriodUnit unit, string field = "Period")
    {
        if (!Enum.IsDefined(unit))
            throw new BusinessException(VendorManagerErrorCodes.Contracts.PeriodUnitInvalid, "The unit must be days, weeks, months or years.", field + ".Unit");
        var max = MaxCount(unit);
        if (count < 0 || count > max)
            throw new BusinessException(VendorManagerErrorCodes.Contracts.PeriodOutOfRange,
                $"The period must be between 0 and {max} {unit.ToString().ToLowerInvariant()}.", field + ".Count");
        return count == 0 ? Zero : new ContractPeriod { Count = count, Unit = unit };
    }

    public static ContractPeriod Days(int count) => Create(count, PeriodUnit.Days);
    public static ContractPeriod Weeks(int count) => Create(count, PeriodUnit.Weeks);
    public static ContractPeriod Months(int count) => Create(count, PeriodUnit.Months);
    public static ContractPeriod Years(int count) => Create(count, PeriodUnit.Years);

    public static int MaxCount(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Days => ContractConsts.MaxPeriodDays,
        PeriodUnit.Weeks => ContractConsts.MaxPeriodWeeks,
        PeriodUnit.Months => ContractConsts.MaxPeriodMonths,
        _ => ContractConsts.MaxPeriodYears,
    };

    /// <summary>This period taken <paramref name="times"/> times, as one NodaTime period (so clamping happens once).</summary>
    public Period Times(int times) => Unit switch
    {
        PeriodUnit.Days => Period.FromDays(Count * times),
        PeriodUnit.Weeks => Period.FromWeeks(Count * times),
        PeriodUnit.Months => Period.FromMonths(Count * times),
        _ => Period.FromYears(Count * times),
    };

    public LocalDate AddTo(LocalDate date) => date.Plus(Times(1));

    public LocalDate SubtractFrom(LocalDate date) => date.Minus(Times(1));

    /// <summary>The last day of a term of this length that starts on <paramref name="start"/>: the day before the same date one period later.</summary>
    public LocalDate LastDayOfTermStartingOn(LocalDate start) => AddTo(start).PlusDays(-1);

    public override string ToString() => $"{Count} {Unit.ToString().ToLowerInvariant()}";
}
