using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractDateEngineTests
{
    [Fact]
    public void Should_Take_The_Notice_Deadline_From_The_Current_Term_Of_A_Tacitly_Renewed_Contract()
    {
        // Started three years ago, renewed tacitly every year, never rolled over in storage.
        var contract = Automatic("2023-03-01", "2024-02-29", ContractPeriod.Years(1), ContractPeriod.Months(3));

        var dates = Evaluate(contract, "2026-06-15");

        Assert.Equal((4, D("2026-03-01"), D("2027-02-28")), (dates.CurrentTerm.Sequence, dates.CurrentTerm.Start, dates.CurrentTerm.End));
        Assert.False(dates.CurrentTerm.IsRecorded);
        Assert.Equal(D("2026-11-28"), dates.NoticeDeadline);
        Assert.Equal(D("2026-11-28"), dates.NextNoticeDeadline);
        Assert.Equal(D("2027-03-01"), dates.NextRenewal);
        Assert.Null(dates.End);
        Assert.Equal(ContractStatus.Active, dates.Status);
    }

    [Fact]
    public void Should_Give_The_Same_Dates_Before_And_After_The_Renewals_Are_Stored()
    {
        var contract = Automatic("2023-03-01", "2024-02-29", ContractPeriod.Years(1), ContractPeriod.Months(3));
        var before = Evaluate(contract, "2026-06-15");
        contract.RollOverTacitRenewals(On("2026-06-15"));
        var after = Evaluate(contract, "2026-06-15");

        Assert.True(after.CurrentTerm.IsRecorded);
        Assert.Equal(before.CurrentTerm with { IsRecorded = true }, after.CurrentTerm);
        Assert.Equal(before.NoticeDeadline, after.NoticeDeadline);
        Assert.Equal(before.NextTerm, after.NextTerm);
    }

    [Fact]
    public void Should_Look_Past_A_Passed_Deadline_To_The_Next_Term_Once_The_Renewal_Is_Certain()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        var dates = Evaluate(contract, "2026-10-15");

        Assert.Equal(D("2026-09-30"), dates.NoticeDeadline);
        Assert.Equal(D("2027-09-30"), dates.NextNoticeDeadline);
        Assert.Equal((D("2027-01-01"), D("2027-12-31")), (dates.NextTerm!.Start, dates.NextTerm.End));
        Assert.Equal(ContractStatus.Renewed, dates.Status);
    }

    // The current term's last day minus the notice period, around 29 February.
    [Theory]
    [InlineData("2028-03-31", 1, "Months", "2028-02-29")]
    [InlineData("2027-03-31", 1, "Months", "2027-02-28")]
    [InlineData("2028-05-30", 3, "Months", "2028-02-29")]
    [InlineData("2029-02-28", 1, "Years", "2028-02-28")]
    [InlineData("2028-02-29", 1, "Years", "2027-02-28")]
    [InlineData("2028-02-29", 30, "Days", "2028-01-30")]
    [InlineData("2028-03-01", 1, "Days", "2028-02-29")]
    [InlineData("2026-12-31", 3, "Months", "2026-09-30")]
    [InlineData("2026-06-30", 2, "Weeks", "2026-06-16")]
    [InlineData("2026-06-30", 0, "Days", "2026-06-30")]
    public void Should_Put_The_Notice_Deadline_A_Notice_Period_Before_The_Terms_Last_Day(string termEnd, int count, string unit, string expected)
    {
        var end = D(termEnd);
        var start = end.PlusYears(-1).PlusDays(1);
        var contract = Automatic(start.ToString("uuuu-MM-dd", null), termEnd, ContractPeriod.Years(1), Period(count, unit));

        var dates = ContractDateEngine.Evaluate(contract, On(start.ToString("uuuu-MM-dd", null)));

        Assert.Equal(D(expected), dates.NoticeDeadline);
    }

    [Fact]
    public void Should_Read_Today_In_The_Contracts_Zone_Not_In_Utc()
    {
        var contract = NewContract("2026-01-01", "2026-12-31");
        Assert.Equal(D("2026-03-29"), ContractDateEngine.Evaluate(contract, Utc("2026-03-28T23:30:00Z")).Today);
        var newYork = NewContract("2026-01-01", "2026-12-31", "America/New_York");
        Assert.Equal(D("2026-03-28"), ContractDateEngine.Evaluate(newYork, Utc("2026-03-29T03:30:00Z")).Today);
    }

    [Fact]
    public void Should_Refuse_A_Time_That_Is_Not_Utc()
    {
        var contract = NewContract("2026-01-01", "2026-12-31");
        AssertCode(VendorManagerErrorCodes.Contracts.TimeNotUtc, () => ContractDateEngine.Evaluate(contract, new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Local)));
        AssertCode(VendorManagerErrorCodes.Contracts.TimeNotUtc, () => ContractDateEngine.Evaluate(contract, new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Should_Have_No_Future_Deadlines_Or_Reminders_Once_Terminated()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        contract.Terminate(D("2026-12-31"), "Replaced by the regional PACS contract.", On("2026-07-15"));

        var dates = Evaluate(contract, "2026-08-01");

        Assert.Equal(ContractStatus.Terminated, dates.Status);
        Assert.Null(dates.NoticeDeadline);
        Assert.Null(dates.NextNoticeDeadline);
        Assert.Null(dates.NextTerm);
        Assert.Null(dates.NextRenewalUtc);
        Assert.Empty(dates.Reminders);
        Assert.Equal(D("2026-12-31"), dates.End);
        Assert.Equal(Utc("2026-12-31T23:00:00Z"), dates.EndUtc);
        Assert.Equal(1, dates.CurrentTerm.Sequence);
    }

    [Fact]
    public void Should_Stop_Tacit_Renewals_At_The_Termination_Even_Long_After_It()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        contract.Terminate(D("2026-12-31"), "Notice given in time.", On("2026-07-15"));

        Assert.Empty(contract.RollOverTacitRenewals(On("2029-01-01")));
        var dates = Evaluate(contract, "2029-01-01");
        Assert.Equal(1, dates.CurrentTerm.Sequence);
        Assert.Equal(ContractStatus.Terminated, dates.Status);
    }

    [Fact]
    public void Should_Keep_The_Term_A_Late_Termination_Let_Start()
    {
        // Notice came after the deadline: the vendor holds us to one more year.
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        contract.Terminate(D("2027-12-31"), "Late notice; ends after the next term.", On("2026-11-10"));

        Assert.Single(contract.RollOverTacitRenewals(On("2027-01-05")));
        Assert.Empty(contract.RollOverTacitRenewals(On("2028-06-01")));
        Assert.Equal(D("2027-12-31"), contract.Terms[^1].End);
    }

    public static TheoryData<string, string, ContractStatus> StatusCases => new()
    {
        { "no renewal", "2025-12-31", ContractStatus.Draft },
        { "no renewal", "2026-01-01", ContractStatus.Active },
        { "no renewal", "2026-10-01", ContractStatus.Active },
        { "no renewal", "2026-10-02", ContractStatus.Expiring },
        { "no renewal", "2026-12-31", ContractStatus.Expiring },
        { "no renewal", "2027-01-01", ContractStatus.Expired },
        { "automatic", "2026-07-01", ContractStatus.Active },
        { "automatic", "2026-07-02", ContractStatus.InNoticePeriod },
        { "automatic", "2026-09-30", ContractStatus.InNoticePeriod },
        { "automatic", "2026-10-01", ContractStatus.Renewed },
        { "automatic", "2026-12-31", ContractStatus.Renewed },
        { "automatic", "2027-01-01", ContractStatus.Active },
        { "automatic", "2030-01-01", ContractStatus.Active },
        { "by decision", "2026-07-02", ContractStatus.InNoticePeriod },
        { "by decision", "2026-09-30", ContractStatus.InNoticePeriod },
        { "by decision", "2026-10-01", ContractStatus.Active },
        { "by decision", "2026-10-02", ContractStatus.Expiring },
        { "by decision", "2027-01-01", ContractStatus.Expired },
        { "by decision, renewed", "2026-08-01", ContractStatus.Renewed },
        { "by decision, renewed", "2027-01-01", ContractStatus.Active },
        { "by decision, long notice", "2026-07-15", ContractStatus.Active },
        { "by decision, long notice", "2026-10-02", ContractStatus.Expiring },
        { "by decision, no notice", "2026-10-01", ContractStatus.Active },
        { "by decision, no notice", "2026-10-02", ContractStatus.Expiring },
        { "terminated", "2026-08-01", ContractStatus.Terminated },
    };

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void Should_Derive_The_Status_From_The_Terms_And_Today(string scenario, string today, ContractStatus expected)
        => Assert.Equal(expected, Evaluate(Scenario(scenario), today).Status);

    [Fact]
    public void Should_Narrow_The_Status_Window_To_The_Largest_Lead_Time()
    {
        var contract = Scenario("automatic");
        contract.SetReminderLeadDays([14]);
        Assert.Equal(ContractStatus.Active, Evaluate(contract, "2026-09-15").Status);
        Assert.Equal(ContractStatus.InNoticePeriod, Evaluate(contract, "2026-09-16").Status);
    }

    [Fact]
    public void Should_Offer_The_Possible_Term_While_A_Decision_Is_Open_And_None_After()
    {
        var contract = Scenario("by decision");
        var open = Evaluate(contract, "2026-08-01");
        Assert.Equal((D("2027-01-01"), D("2027-12-31"), false), (open.NextTerm!.Start, open.NextTerm.End, open.NextTerm.IsRecorded));
        Assert.Equal(D("2026-12-31"), open.End);
        Assert.Null(Evaluate(contract, "2026-10-01").NextTerm);
    }

    [Fact]
    public void Should_Show_A_Recorded_Renewal_As_The_Next_Term_With_No_Pending_Deadline()
    {
        var dates = Evaluate(Scenario("by decision, renewed"), "2026-08-01");
        Assert.True(dates.NextTerm!.IsRecorded);
        Assert.Null(dates.NoticeDeadline);
        Assert.Equal(D("2027-09-30"), dates.NextNoticeDeadline);
        Assert.Equal(D("2027-12-31"), dates.End);
    }

    internal static Contract Scenario(string name)
    {
        const string start = "2026-01-01", end = "2026-12-31";
        switch (name)
        {
            case "no renewal":
                return NewContract(start, end);
            case "automatic":
                return Automatic(start, end, ContractPeriod.Years(1), ContractPeriod.Months(3));
            case "by decision":
                return ByDecision(start, end, ContractPeriod.Years(1), ContractPeriod.Months(3));
            case "by decision, renewed":
                var renewed = ByDecision(start, end, ContractPeriod.Years(1), ContractPeriod.Months(3));
                renewed.Renew(null, On("2026-07-20"));
                return renewed;
            case "by decision, long notice":
                return ByDecision(start, end, ContractPeriod.Years(1), ContractPeriod.Months(6));
            case "by decision, no notice":
                return ByDecision(start, end, ContractPeriod.Years(1));
            case "terminated":
                var terminated = Automatic(start, end, ContractPeriod.Years(1), ContractPeriod.Months(3));
                terminated.Terminate(D(end), "Moving to another vendor.", On("2026-06-01"));
                return terminated;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }
}
