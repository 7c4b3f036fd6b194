using NodaTime;
using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractRulesTests
{
    private static Contract Create(string? number = "SC-1", ContractKind kind = ContractKind.Support, Guid? owner = null,
        string? zone = Amsterdam, string start = "2026-01-01", string end = "2026-12-31", Guid? vendor = null)
        => new(Guid.NewGuid(), vendor ?? Guid.NewGuid(), number!, kind, owner ?? Guid.NewGuid(), zone!, D(start), D(end), On("2026-01-01"));

    [Fact]
    public void Should_Start_With_An_Initial_Term_No_Renewal_And_The_Default_Lead_Times()
    {
        var contract = Create(number: "  sc-2026/07 ");
        Assert.Equal("sc-2026/07", contract.Number);
        Assert.Equal("SC-2026/07", contract.NormalizedNumber);
        var term = Assert.Single(contract.Terms);
        Assert.Equal((1, ContractTermOrigin.Initial, D("2026-01-01"), D("2026-12-31")), (term.Sequence, term.Origin, term.Start, term.End));
        Assert.Equal(RenewalKind.None, contract.RenewalKind);
        Assert.True(contract.NoticePeriod.IsZero);
        Assert.Equal([90, 60, 30], contract.ReminderLeadDays);
    }

    [Theory]
    [InlineData(null, Codes.NumberRequired)]
    [InlineData("   ", Codes.NumberRequired)]
    [InlineData("X-123456789-123456789-123456789-123456789-123456789-123456789-1234", Codes.NumberTooLong)]
    public void Should_Reject_A_Blank_Or_Long_Number(string? number, string code)
        => Assert.Equal("Number", AssertCode(code, () => Create(number: number)).Field);

    [Fact]
    public void Should_Require_A_Vendor_An_Owner_And_A_Known_Kind()
    {
        AssertCode(Codes.VendorRequired, () => Create(vendor: Guid.Empty));
        AssertCode(Codes.OwnerRequired, () => Create(owner: Guid.Empty));
        AssertCode(Codes.KindInvalid, () => Create(kind: (ContractKind)42));
        Assert.Equal(ContractKind.Staffing, Create(kind: ContractKind.Staffing).Kind);
    }

    [Theory]
    [InlineData("Europe/Amsterdam", "Europe/Amsterdam")]
    [InlineData(" america/new_york ", "America/New_York")]
    [InlineData("Pacific/Apia", "Pacific/Apia")]
    [InlineData("UTC", "UTC")]
    public void Should_Accept_An_Iana_Zone_And_Spell_It_As_Tzdb_Does(string zone, string expected)
        => Assert.Equal(expected, Create(zone: zone).TimeZoneId);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("UTC+01:00")]
    [InlineData("CET+1")]
    public void Should_Reject_A_Zone_Tzdb_Does_Not_Know(string? zone)
        => Assert.Equal("TimeZoneId", AssertCode(Codes.TimeZoneInvalid, () => Create(zone: zone)).Field);

    [Fact]
    public void Should_Accept_A_One_Day_Term_And_Reject_One_Ending_Before_It_Starts()
    {
        Assert.Single(Create(start: "2026-05-01", end: "2026-05-01").Terms);
        Assert.Equal("End", AssertCode(Codes.TermEndBeforeStart, () => Create(start: "2026-05-01", end: "2026-04-30")).Field);
    }

    [Theory]
    [InlineData("1900-01-01", "2026-12-31")]
    [InlineData("2026-01-01", "9999-12-31")]
    public void Should_Reject_Dates_Outside_The_Supported_Years(string start, string end)
        => AssertCode(Codes.DateOutOfRange, () => Create(start: start, end: end));

    [Fact]
    public void Should_Take_Amounts_With_An_Iso_Currency()
    {
        var contract = Create();
        contract.SetCommercialTerms(120_000m, " eur ", BillingPeriod.Quarterly, 10_000m);
        Assert.Equal(("EUR", 120_000m, 10_000m), (contract.Currency, contract.Value!.Value, contract.FeePerMeasurementPeriod!.Value));
        contract.SetCommercialTerms(null, null, BillingPeriod.OneOff, null);
        Assert.Null(contract.Currency);
        contract.SetCommercialTerms(0m, "USD", BillingPeriod.Monthly, 0m);
        Assert.Equal(0m, contract.Value);
    }

    [Theory]
    [InlineData(-1, "EUR", 0, 10, Codes.ValueNegative, "Value")]
    [InlineData(10, "EUR", 0, -1, Codes.FeeNegative, "FeePerMeasurementPeriod")]
    [InlineData(10, null, 0, null, Codes.CurrencyRequired, "Currency")]
    [InlineData(null, "", 0, 10, Codes.CurrencyRequired, "Currency")]
    [InlineData(10, "EURO", 0, null, Codes.CurrencyInvalid, "Currency")]
    [InlineData(10, "E1R", 0, null, Codes.CurrencyInvalid, "Currency")]
    [InlineData(10, "EUR", 9, null, Codes.BillingPeriodInvalid, "BillingPeriod")]
    public void Should_Reject_Negative_Amounts_And_Missing_Or_Malformed_Currencies(int? value, string? currency, int billing, int? fee, string code, string field)
        => Assert.Equal(field, AssertCode(code, () => Create().SetCommercialTerms(value, currency, (BillingPeriod)billing, fee)).Field);

    [Fact]
    public void Should_Require_A_Renewal_Period_Unless_The_Contract_Does_Not_Renew()
    {
        var contract = Create();
        contract.ChangeRenewal(RenewalKind.None, null, ContractPeriod.Months(1), On("2026-02-01"));
        Assert.True(contract.RenewalPeriod.IsZero);
        contract.ChangeRenewal(RenewalKind.Automatic, ContractPeriod.Years(1), null, On("2026-02-01"));
        Assert.Equal((1, PeriodUnit.Years), (contract.RenewalPeriod.Count, contract.RenewalPeriod.Unit));
        Assert.True(contract.NoticePeriod.IsZero);

        AssertCode(Codes.RenewalPeriodRequired, () => contract.ChangeRenewal(RenewalKind.Automatic, null, null, On("2026-02-01")));
        AssertCode(Codes.RenewalPeriodRequired, () => contract.ChangeRenewal(RenewalKind.ExplicitDecision, ContractPeriod.Zero, null, On("2026-02-01")));
        AssertCode(Codes.RenewalKindInvalid, () => contract.ChangeRenewal((RenewalKind)5, ContractPeriod.Years(1), null, On("2026-02-01")));
    }

    [Theory]
    [InlineData(10, "Years", null)]
    [InlineData(120, "Months", null)]
    [InlineData(0, "Days", null)]
    [InlineData(11, "Years", Codes.PeriodOutOfRange)]
    [InlineData(121, "Months", Codes.PeriodOutOfRange)]
    [InlineData(3661, "Days", Codes.PeriodOutOfRange)]
    [InlineData(-1, "Weeks", Codes.PeriodOutOfRange)]
    public void Should_Bound_A_Period(int count, string unit, string? code)
    {
        if (code is null) Assert.Equal(count, Period(count, unit).Count);
        else AssertCode(code, () => Period(count, unit));
    }

    [Fact]
    public void Should_Reject_An_Unknown_Period_Unit()
        => Assert.Equal("Period.Unit", AssertCode(Codes.PeriodUnitInvalid, () => ContractPeriod.Create(1, (PeriodUnit)9)).Field);

    [Fact]
    public void Should_Record_Renewals_That_Happened_Before_Switching_Automatic_Renewal_Off()
    {
        var contract = Automatic("2024-01-01", "2024-12-31", ContractPeriod.Years(1));
        contract.ChangeRenewal(RenewalKind.None, null, null, On("2026-03-01"));
        Assert.Equal([ContractTermOrigin.Initial, ContractTermOrigin.TacitRenewal, ContractTermOrigin.TacitRenewal], contract.Terms.Select(t => t.Origin));
        Assert.Equal(ContractStatus.Active, Evaluate(contract, "2026-03-01").Status);
        Assert.Equal(D("2026-12-31"), Evaluate(contract, "2026-03-01").End);
    }

    [Fact]
    public void Should_Store_Reminder_Lead_Times_Largest_First()
    {
        var contract = Create();
        contract.SetReminderLeadDays([30, 730, 1, 90]);
        Assert.Equal([730, 90, 30, 1], contract.ReminderLeadDays);
    }

    [Theory]
    [InlineData(new int[0], Codes.ReminderLeadsRequired, "ReminderLeadDays")]
    [InlineData(new[] { 90, 0 }, Codes.ReminderLeadOutOfRange, "ReminderLeadDays[1]")]
    [InlineData(new[] { 731 }, Codes.ReminderLeadOutOfRange, "ReminderLeadDays[0]")]
    [InlineData(new[] { 90, 60, 90 }, Codes.ReminderLeadDuplicate, "ReminderLeadDays[2]")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }, Codes.TooManyReminderLeads, "ReminderLeadDays")]
    public void Should_Reject_Missing_Out_Of_Range_Repeated_Or_Too_Many_Lead_Times(int[] days, string code, string field)
        => Assert.Equal(field, AssertCode(code, () => Create().SetReminderLeadDays(days)).Field);

    [Fact]
    public void Should_Cover_Nodes_Once_And_Refuse_To_Uncover_One_It_Does_Not_Cover()
    {
        var contract = Create();
        var node = Guid.NewGuid();
        contract.Cover(node);
        contract.Cover(node);
        Assert.Equal(node, Assert.Single(contract.CoveredNodes).NodeId);
        contract.Uncover(node);
        Assert.Empty(contract.CoveredNodes);
        AssertCode(Codes.NodeNotCovered, () => contract.Uncover(node));
    }

    [Fact]
    public void Should_Refuse_Local_Times()
        => AssertCode(Codes.TimeNotUtc, () => Create().RollOverTacitRenewals(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Local)));
}
