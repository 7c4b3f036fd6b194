using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractPeriodArithmeticTests
{
    [Theory]
    [InlineData("2026-01-31", 1, "Months", "2026-02-28")]
    [InlineData("2028-01-31", 1, "Months", "2028-02-29")]
    [InlineData("2026-01-31", 2, "Months", "2026-03-31")]
    [InlineData("2026-08-31", 1, "Months", "2026-09-30")]
    [InlineData("2028-02-29", 1, "Years", "2029-02-28")]
    [InlineData("2028-02-29", 4, "Years", "2032-02-29")]
    [InlineData("2026-12-25", 2, "Weeks", "2027-01-08")]
    [InlineData("2026-12-31", 1, "Days", "2027-01-01")]
    public void Should_Clamp_Month_Ends_When_Adding_A_Period(string date, int count, string unit, string expected)
        => Assert.Equal(D(expected), Period(count, unit).AddTo(D(date)));

    [Theory]
    [InlineData("2026-03-31", 1, "Months", "2026-02-28")]
    [InlineData("2028-03-31", 1, "Months", "2028-02-29")]
    [InlineData("2028-05-31", 3, "Months", "2028-02-29")]
    [InlineData("2029-02-28", 1, "Years", "2028-02-28")]
    [InlineData("2028-02-29", 1, "Years", "2027-02-28")]
    public void Should_Clamp_Month_Ends_When_Subtracting_A_Period(string date, int count, string unit, string expected)
        => Assert.Equal(D(expected), Period(count, unit).SubtractFrom(D(date)));

    [Theory]
    [InlineData("2026-01-31", 1, "Months", "2026-02-27")]
    [InlineData("2026-01-01", 1, "Years", "2026-12-31")]
    [InlineData("2028-02-29", 1, "Years", "2029-02-27")]
    [InlineData("2026-03-02", 4, "Weeks", "2026-03-29")]
    public void Should_End_A_Term_The_Day_Before_The_Same_Date_One_Period_Later(string start, int count, string unit, string expectedEnd)
        => Assert.Equal(D(expectedEnd), Period(count, unit).LastDayOfTermStartingOn(D(start)));

    // A monthly contract from 31 January: every renewal counts from the first start, so terms begin
    // on the 31st again wherever the month has one, and never drift to the 28th.
    [Theory]
    [InlineData(1, "2026-01-31", "2026-02-27")]
    [InlineData(2, "2026-02-28", "2026-03-30")]
    [InlineData(3, "2026-03-31", "2026-04-29")]
    [InlineData(4, "2026-04-30", "2026-05-30")]
    [InlineData(5, "2026-05-31", "2026-06-29")]
    [InlineData(6, "2026-06-30", "2026-07-30")]
    [InlineData(7, "2026-07-31", "2026-08-30")]
    [InlineData(8, "2026-08-31", "2026-09-29")]
    [InlineData(9, "2026-09-30", "2026-10-30")]
    [InlineData(10, "2026-10-31", "2026-11-29")]
    [InlineData(11, "2026-11-30", "2026-12-30")]
    [InlineData(12, "2026-12-31", "2027-01-30")]
    [InlineData(13, "2027-01-31", "2027-02-27")]
    public void Should_Not_Drift_Over_Twelve_Monthly_Renewals_From_31_January(int sequence, string start, string end)
    {
        var contract = Automatic("2026-01-31", "2026-02-27", ContractPeriod.Months(1));
        contract.RollOverTacitRenewals(On("2027-02-15"));

        Assert.Equal(13, contract.Terms.Count);
        var term = contract.Terms.Single(t => t.Sequence == sequence);
        Assert.Equal((D(start), D(end)), (term.Start, term.End));
    }

    // A daily job stores one term at a time; anniversaries must still count from the first start,
    // also where several clamped dates follow each other (28 February every year from a leap day,
    // 30 November then 28 February quarterly from 31 August).
    [Theory]
    [InlineData("2026-01-31", "2026-02-27", 1, "Months", "2027-02-15", "2027-01-31")]
    [InlineData("2028-02-29", "2029-02-27", 1, "Years", "2033-03-01", "2032-02-29")]
    [InlineData("2026-08-31", "2026-11-29", 3, "Months", "2027-09-01", "2027-08-31")]
    public void Should_Not_Drift_When_A_Daily_Job_Rolls_Over_One_Term_At_A_Time(string start, string end, int count, string unit, string until, string expectedStart)
    {
        var atOnce = Automatic(start, end, Period(count, unit));
        atOnce.RollOverTacitRenewals(On(until));
        var daily = Automatic(start, end, Period(count, unit));
        for (var day = D(start); day <= D(until); day = day.PlusDays(1))
            daily.RollOverTacitRenewals(On(day.ToString("uuuu-MM-dd", null)));

        Assert.Equal(atOnce.Terms.Select(t => (t.Start, t.End)), daily.Terms.Select(t => (t.Start, t.End)));
        Assert.Contains(daily.Terms, t => t.Start == D(expectedStart));
    }

    [Fact]
    public void Should_Count_Explicit_Renewals_From_The_Anniversary_Too()
    {
        var contract = ByDecision("2026-01-31", "2026-02-27", ContractPeriod.Months(1));
        var second = contract.Renew(null, On("2026-02-10"));
        Assert.Equal((D("2026-02-28"), D("2026-03-30")), (second.Start, second.End));
        var third = contract.Renew(null, On("2026-03-10"));
        Assert.Equal((D("2026-03-31"), D("2026-04-29")), (third.Start, third.End));
    }

    // A yearly term from the leap day: anniversaries fall on 28 February until the next leap year.
    [Theory]
    [InlineData(1, "2028-02-29", "2029-02-27")]
    [InlineData(2, "2029-02-28", "2030-02-27")]
    [InlineData(3, "2030-02-28", "2031-02-27")]
    [InlineData(4, "2031-02-28", "2032-02-28")]
    [InlineData(5, "2032-02-29", "2033-02-27")]
    public void Should_Renew_A_Term_From_29_February_On_Its_Anniversaries(int sequence, string start, string end)
    {
        var contract = Automatic("2028-02-29", "2029-02-27", ContractPeriod.Years(1));
        contract.RollOverTacitRenewals(On("2032-03-01"));
        var term = contract.Terms.Single(t => t.Sequence == sequence);
        Assert.Equal((D(start), D(end)), (term.Start, term.End));
    }

    [Fact]
    public void Should_Count_Anniversaries_From_A_Rescheduled_Term()
    {
        // Yearly from 1 January; the third term is stretched to the end of June, so later terms run July to June.
        var contract = Automatic("2024-01-01", "2024-12-31", ContractPeriod.Years(1));
        contract.RollOverTacitRenewals(On("2026-03-01"));
        contract.Reschedule(D("2026-01-01"), D("2027-06-30"), On("2026-03-01"));
        contract.RollOverTacitRenewals(On("2028-08-01"));

        Assert.Equal([D("2024-01-01"), D("2025-01-01"), D("2026-01-01"), D("2027-07-01"), D("2028-07-01")], contract.Terms.Select(t => t.Start));
        Assert.Equal(D("2028-06-30"), contract.Terms[3].End);
    }

    [Fact]
    public void Should_Count_Anniversaries_From_A_Rescheduled_Term_Of_One_Period()
    {
        // Monthly from 31 January; the term from 28 February is moved to end on 27 March (one month
        // from its own start), so the rhythm now counts from 28 February: no more 31sts.
        var contract = Automatic("2026-01-31", "2026-02-27", ContractPeriod.Months(1));
        contract.RollOverTacitRenewals(On("2026-03-01"));
        contract.Reschedule(D("2026-02-28"), D("2026-03-27"), On("2026-03-01"));
        contract.RollOverTacitRenewals(On("2026-05-01"));

        Assert.Equal([D("2026-01-31"), D("2026-02-28"), D("2026-03-28"), D("2026-04-28")], contract.Terms.Select(t => t.Start));
    }
}
