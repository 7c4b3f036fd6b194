using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractLifecycleTests
{
    [Fact]
    public void Should_Add_Each_Missed_Tacit_Renewal_Once_And_Nothing_On_A_Second_Call()
    {
        var contract = Automatic("2023-03-01", "2024-02-29", ContractPeriod.Years(1), ContractPeriod.Months(3));

        var added = contract.RollOverTacitRenewals(On("2026-06-15"));

        Assert.Equal([2, 3, 4], added.Select(t => t.Sequence));
        Assert.All(added, t => Assert.Equal((ContractTermOrigin.TacitRenewal, On("2026-06-15")), (t.Origin, t.RecordedAt)));
        Assert.Equal([D("2024-03-01"), D("2025-03-01"), D("2026-03-01")], added.Select(t => t.Start));
        Assert.Empty(contract.RollOverTacitRenewals(On("2026-06-15")));
        Assert.Empty(contract.RollOverTacitRenewals(On("2027-02-28")));
        Assert.Single(contract.RollOverTacitRenewals(On("2027-03-01")));
        Assert.Equal(5, contract.Terms.Count);
    }

    [Fact]
    public void Should_Not_Roll_Over_A_Contract_That_Does_Not_Renew_Automatically()
    {
        Assert.Empty(NewContract("2023-01-01", "2023-12-31").RollOverTacitRenewals(On("2026-01-01")));
        Assert.Empty(ByDecision("2023-01-01", "2023-12-31", ContractPeriod.Years(1)).RollOverTacitRenewals(On("2026-01-01")));
    }

    [Fact]
    public void Should_Renew_By_Decision_From_The_Day_After_The_Latest_Term()
    {
        var contract = ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        var byPeriod = contract.Renew(null, On("2026-09-01"));
        Assert.Equal((2, D("2027-01-01"), D("2027-12-31"), ContractTermOrigin.ExplicitRenewal), (byPeriod.Sequence, byPeriod.Start, byPeriod.End, byPeriod.Origin));

        var other = ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1));
        var explicitEnd = other.Renew(D("2027-06-30"), On("2026-09-01"));
        Assert.Equal((D("2027-01-01"), D("2027-06-30")), (explicitEnd.Start, explicitEnd.End));
    }

    [Fact]
    public void Should_Extend_A_Contract_Without_Renewal_Only_With_An_Explicit_End()
    {
        var contract = NewContract("2026-01-01", "2026-12-31");
        Assert.Equal("End", AssertCode(Codes.RenewalPeriodRequired, () => contract.Renew(null, On("2026-06-01"))).Field);
        Assert.Equal(D("2027-03-31"), contract.Renew(D("2027-03-31"), On("2026-06-01")).End);
    }

    [Fact]
    public void Should_Refuse_To_Renew_A_Term_That_Has_Not_Started()
    {
        var contract = ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1));
        AssertCode(Codes.RenewalTooEarly, () => contract.Renew(null, On("2025-12-01")));
        contract.Renew(null, On("2026-06-01"));
        AssertCode(Codes.RenewalTooEarly, () => contract.Renew(null, On("2026-06-01")));
    }

    [Fact]
    public void Should_Refuse_A_Renewal_Ending_Before_It_Starts()
        => AssertCode(Codes.TermEndBeforeStart, () => ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1)).Renew(D("2026-12-31"), On("2026-06-01")));

    [Fact]
    public void Should_Correct_Both_Dates_While_Only_The_Initial_Term_Exists()
    {
        var contract = Automatic("2023-01-01", "2023-12-31", ContractPeriod.Years(1));
        contract.Reschedule(D("2025-01-01"), D("2025-12-31"), On("2025-03-01"));
        var term = Assert.Single(contract.Terms);
        Assert.Equal((D("2025-01-01"), D("2025-12-31")), (term.Start, term.End));
    }

    [Fact]
    public void Should_Let_Only_The_End_Of_A_Running_Renewal_Term_Change()
    {
        var contract = ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1));
        contract.Renew(null, On("2026-06-01"));

        contract.Reschedule(D("2027-01-01"), D("2027-09-30"), On("2027-02-01"));
        Assert.Equal(D("2027-09-30"), contract.Terms[^1].End);
        Assert.Equal(D("2026-12-31"), contract.Terms[0].End);
        Assert.Equal("Start", AssertCode(Codes.TermStartFixed, () => contract.Reschedule(D("2027-02-01"), D("2027-09-30"), On("2027-02-01"))).Field);
        AssertCode(Codes.TermEnded, () => contract.Reschedule(D("2027-01-01"), D("2027-12-31"), On("2027-10-01")));
    }

    [Fact]
    public void Should_Record_A_Termination_With_Its_Reason()
    {
        var contract = NewContract("2026-01-01", "2026-12-31");
        contract.Terminate(D("2026-06-30"), "  Vendor went out of business. ", On("2026-05-02"));
        Assert.Equal((D("2026-06-30"), "Vendor went out of business.", On("2026-05-02")), (contract.TerminatedOn, contract.TerminationReason, contract.TerminationRecordedAt));
        Assert.True(contract.IsTerminated);
    }

    [Fact]
    public void Should_Accept_A_Termination_Before_The_Contract_Started()
    {
        var contract = NewContract("2026-07-01", "2027-06-30");
        contract.Terminate(D("2026-06-30"), "Cancelled before go-live.", On("2026-05-02"));
        Assert.Equal(ContractStatus.Terminated, Evaluate(contract, "2026-05-02").Status);
    }

    [Theory]
    [InlineData("2026-06-30", null, Codes.TerminationReasonRequired, "Reason")]
    [InlineData("2026-06-30", " ", Codes.TerminationReasonRequired, "Reason")]
    [InlineData("2025-12-30", "Too early", Codes.TerminationBeforeStart, "EffectiveOn")]
    [InlineData("2027-01-01", "After the end", Codes.TerminationAfterEnd, "EffectiveOn")]
    public void Should_Reject_A_Termination_Without_Reason_Or_Outside_The_Contract(string effectiveOn, string? reason, string code, string field)
        => Assert.Equal(field, AssertCode(code, () => NewContract("2026-01-01", "2026-12-31").Terminate(D(effectiveOn), reason, On("2026-05-02"))).Field);

    [Fact]
    public void Should_Reject_A_Reason_Longer_Than_The_Limit()
        => AssertCode(Codes.TerminationReasonTooLong,
            () => NewContract("2026-01-01", "2026-12-31").Terminate(D("2026-06-30"), new string('x', ContractConsts.MaxTerminationReasonLength + 1), On("2026-05-02")));

    [Fact]
    public void Should_Change_Nothing_About_The_Dates_Once_Terminated()
    {
        var contract = ContractDateEngineTests.Scenario("terminated");
        AssertCode(Codes.ContractTerminated, () => contract.Terminate(D("2026-12-31"), "Again", On("2026-08-01")));
        AssertCode(Codes.ContractTerminated, () => contract.Renew(null, On("2026-08-01")));
        AssertCode(Codes.ContractTerminated, () => contract.Reschedule(D("2026-01-01"), D("2027-12-31"), On("2026-08-01")));
        AssertCode(Codes.ContractTerminated, () => contract.ChangeRenewal(RenewalKind.None, null, null, On("2026-08-01")));
    }
}
