using NodaTime;
using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class SlaTermsTests
{
    /// <summary>DOMAIN.md's worked example: 99.9 % monthly, 5-minute blips ignored, degraded at half weight, 7 days' notice.</summary>
    private static readonly SlaTermsInput Valid = new()
    {
        AvailabilityTarget = 99.9m,
        MeasurementPeriod = MeasurementPeriod.Month,
        Coverage = CoverageKind.TwentyFourSeven,
        MinimumOutageMinutes = 5,
        DegradedWeight = 0.5m,
        MaintenanceNoticeHours = 7 * 24,
        CreditTiers = [new(99.9m, 5m), new(99.5m, 10m)],
        CreditCapPercent = 25m,
        SeverityTargets = [new(Severity.Critical, 15, 240), new(Severity.High, 60, 1440)],
        ClaimDeadlineDays = 30,
    };

    private static readonly SlaTermsInput Weekdays = Valid with
    {
        Coverage = CoverageKind.WeeklySchedule,
        CoverageWindows = [new(DayOfWeek.Monday, new LocalTime(7, 0), new LocalTime(19, 0)), new(DayOfWeek.Monday, new LocalTime(19, 0), LocalTime.Midnight)],
    };

    [Fact]
    public void Should_Credit_500_For_The_Worked_Example()
    {
        var sla = SlaTerms.Create(Valid);
        Assert.Equal(5m, sla.CreditPercentFor(99.8375m));
        Assert.Equal(500m, sla.CreditFor(99.8375m, 10_000m));
    }

    [Theory]
    [InlineData("100", "0")]
    [InlineData("99.9", "0")] // equal to the threshold is not below it
    [InlineData("99.8999", "5")]
    [InlineData("99.5", "5")]
    [InlineData("99.4999", "10")]
    [InlineData("0", "10")]
    public void Should_Pick_The_Tier_Of_The_Lowest_Threshold_Below_Which_Availability_Falls(string availability, string expected)
        => Assert.Equal(decimal.Parse(expected), SlaTerms.Create(Valid).CreditPercentFor(decimal.Parse(availability)));

    [Fact]
    public void Should_Clamp_A_Tier_Above_The_Cap()
    {
        var sla = SlaTerms.Create(Valid with { CreditTiers = [new(99.9m, 5m), new(99m, 30m)], CreditCapPercent = 20m });
        Assert.Equal(20m, sla.CreditPercentFor(98m));
        Assert.Equal(2_000m, sla.CreditFor(98m, 10_000m));
        Assert.Equal(30m, SlaTerms.Create(Valid with { CreditTiers = [new(99m, 30m)], CreditCapPercent = null }).CreditPercentFor(98m));
    }

    [Fact]
    public void Should_Owe_A_Contract_Credit_Only_With_Sla_Terms_And_A_Fee()
    {
        var contract = NewContract("2026-01-01", "2026-12-31");
        Assert.Null(contract.ServiceCreditFor(99m));
        contract.DefineSla(SlaTerms.Create(Valid));
        Assert.Null(contract.ServiceCreditFor(99m));
        contract.SetCommercialTerms(null, "EUR", BillingPeriod.Monthly, 10_000m);
        Assert.Equal(500m, contract.ServiceCreditFor(99.8375m));
        Assert.Equal(Amsterdam, contract.SlaTimeZoneId());
        contract.DefineSla(SlaTerms.Create(Valid with { TimeZoneId = "europe/london" }));
        Assert.Equal("Europe/London", contract.SlaTimeZoneId());
    }

    [Fact]
    public void Should_Accept_A_Weekly_Schedule_Running_To_Midnight()
    {
        var sla = SlaTerms.Create(Weekdays);
        Assert.Equal(CoverageKind.WeeklySchedule, sla.Coverage);
        Assert.Equal(1440, sla.CoverageWindows[1].ToMinute());
        Assert.Equal(420, sla.CoverageWindows[0].FromMinute());
    }

    [Fact]
    public void Should_Round_Trip_Through_Its_Input()
    {
        var sla = SlaTerms.Create(Weekdays);
        var again = SlaTerms.Create(sla.ToInput());
        Assert.Equal(sla.CoverageWindows, again.CoverageWindows);
        Assert.Equal(sla.CreditTiers, again.CreditTiers);
        Assert.Equal(sla.TargetFor(Severity.High), again.TargetFor(Severity.High));
        Assert.Null(again.TargetFor(Severity.Low));
        Assert.Equal(D("2026-03-02"), again.ClaimDeadlineFor(D("2026-01-31")));
    }

    public static TheoryData<string, SlaTermsInput, string, string> Broken => new()
    {
        { "target zero", Valid with { AvailabilityTarget = 0m }, Codes.SlaAvailabilityTargetOutOfRange, "Sla.AvailabilityTarget" },
        { "target above 100", Valid with { AvailabilityTarget = 100.01m }, Codes.SlaAvailabilityTargetOutOfRange, "Sla.AvailabilityTarget" },
        { "target too precise", Valid with { AvailabilityTarget = 99.99995m }, Codes.SlaTooManyDecimals, "Sla.AvailabilityTarget" },
        { "period unknown", Valid with { MeasurementPeriod = (MeasurementPeriod)3 }, Codes.SlaMeasurementPeriodInvalid, "Sla.MeasurementPeriod" },
        { "zone unknown", Valid with { TimeZoneId = "Atlantis/Capital" }, Codes.TimeZoneInvalid, "Sla.TimeZoneId" },
        { "coverage unknown", Valid with { Coverage = (CoverageKind)4 }, Codes.SlaCoverageInvalid, "Sla.Coverage" },
        { "24x7 with windows", Weekdays with { Coverage = CoverageKind.TwentyFourSeven }, Codes.SlaCoverageWindowInvalid, "Sla.CoverageWindows" },
        { "schedule without windows", Valid with { Coverage = CoverageKind.WeeklySchedule }, Codes.SlaCoverageWindowsRequired, "Sla.CoverageWindows" },
        { "window backwards", Weekdays with { CoverageWindows = [new(DayOfWeek.Friday, new LocalTime(17, 0), new LocalTime(8, 0))] }, Codes.SlaCoverageWindowInvalid, "Sla.CoverageWindows[0].To" },
        { "window empty", Weekdays with { CoverageWindows = [new(DayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(8, 0))] }, Codes.SlaCoverageWindowInvalid, "Sla.CoverageWindows[0].To" },
        { "window in seconds", Weekdays with { CoverageWindows = [new(DayOfWeek.Friday, new LocalTime(8, 0, 30), new LocalTime(9, 0))] }, Codes.SlaCoverageWindowInvalid, "Sla.CoverageWindows[0].To" },
        { "day unknown", Weekdays with { CoverageWindows = [new((DayOfWeek)7, new LocalTime(8, 0), new LocalTime(9, 0))] }, Codes.SlaCoverageDayInvalid, "Sla.CoverageWindows[0].Day" },
        { "windows overlap", Weekdays with { CoverageWindows = [new(DayOfWeek.Monday, new LocalTime(12, 0), LocalTime.Midnight), new(DayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 30))] }, Codes.SlaCoverageWindowsOverlap, "Sla.CoverageWindows[0].From" },
        { "too many windows", Weekdays with { CoverageWindows = Enumerable.Range(0, 29).Select(i => new CoverageWindow(DayOfWeek.Monday, new LocalTime(0, i), new LocalTime(0, i + 1))).ToList() }, Codes.SlaTooManyCoverageWindows, "Sla.CoverageWindows" },
        { "minimum outage negative", Valid with { MinimumOutageMinutes = -1 }, Codes.SlaMinimumOutageOutOfRange, "Sla.MinimumOutageMinutes" },
        { "minimum outage above a day", Valid with { MinimumOutageMinutes = 1441 }, Codes.SlaMinimumOutageOutOfRange, "Sla.MinimumOutageMinutes" },
        { "weight negative", Valid with { DegradedWeight = -0.1m }, Codes.SlaDegradedWeightOutOfRange, "Sla.DegradedWeight" },
        { "weight above one", Valid with { DegradedWeight = 1.01m }, Codes.SlaDegradedWeightOutOfRange, "Sla.DegradedWeight" },
        { "weight too precise", Valid with { DegradedWeight = 0.12345m }, Codes.SlaTooManyDecimals, "Sla.DegradedWeight" },
        { "notice negative", Valid with { MaintenanceNoticeHours = -1 }, Codes.SlaMaintenanceNoticeOutOfRange, "Sla.MaintenanceNoticeHours" },
        { "notice above a year", Valid with { MaintenanceNoticeHours = 8761 }, Codes.SlaMaintenanceNoticeOutOfRange, "Sla.MaintenanceNoticeHours" },
        { "threshold zero", Valid with { CreditTiers = [new(0m, 5m)] }, Codes.SlaCreditThresholdOutOfRange, "Sla.CreditTiers[0].BelowPercent" },
        { "threshold above 100", Valid with { CreditTiers = [new(100.5m, 5m)] }, Codes.SlaCreditThresholdOutOfRange, "Sla.CreditTiers[0].BelowPercent" },
        { "thresholds rising", Valid with { CreditTiers = [new(99.5m, 5m), new(99.9m, 10m)] }, Codes.SlaCreditThresholdsNotDescending, "Sla.CreditTiers[1].BelowPercent" },
        { "thresholds repeated", Valid with { CreditTiers = [new(99.5m, 5m), new(99.5m, 10m)] }, Codes.SlaCreditThresholdsNotDescending, "Sla.CreditTiers[1].BelowPercent" },
        { "credit zero", Valid with { CreditTiers = [new(99.9m, 0m)] }, Codes.SlaCreditOutOfRange, "Sla.CreditTiers[0].CreditPercent" },
        { "credit above 100", Valid with { CreditTiers = [new(99.9m, 101m)] }, Codes.SlaCreditOutOfRange, "Sla.CreditTiers[0].CreditPercent" },
        { "credits falling", Valid with { CreditTiers = [new(99.9m, 10m), new(99.5m, 5m)] }, Codes.SlaCreditsNotAscending, "Sla.CreditTiers[1].CreditPercent" },
        { "credits flat", Valid with { CreditTiers = [new(99.9m, 10m), new(99.5m, 10m)] }, Codes.SlaCreditsNotAscending, "Sla.CreditTiers[1].CreditPercent" },
        { "too many tiers", Valid with { CreditTiers = Enumerable.Range(1, 11).Select(i => new ServiceCreditTier(100m - i, i)).ToList() }, Codes.SlaTooManyCreditTiers, "Sla.CreditTiers" },
        { "cap zero", Valid with { CreditCapPercent = 0m }, Codes.SlaCreditCapOutOfRange, "Sla.CreditCapPercent" },
        { "cap above 100", Valid with { CreditCapPercent = 150m }, Codes.SlaCreditCapOutOfRange, "Sla.CreditCapPercent" },
        { "severity unknown", Valid with { SeverityTargets = [new((Severity)9, 15, 60)] }, Codes.SlaSeverityInvalid, "Sla.SeverityTargets[0].Severity" },
        { "severity twice", Valid with { SeverityTargets = [new(Severity.High, 15, 60), new(Severity.High, 30, 60)] }, Codes.SlaSeverityDuplicate, "Sla.SeverityTargets[1].Severity" },
        { "response zero", Valid with { SeverityTargets = [new(Severity.Low, 0, 60)] }, Codes.SlaTargetOutOfRange, "Sla.SeverityTargets[0].ResponseMinutes" },
        { "resolution above a year", Valid with { SeverityTargets = [new(Severity.Low, 60, 525_601)] }, Codes.SlaTargetOutOfRange, "Sla.SeverityTargets[0].ResolutionMinutes" },
        { "response after resolution", Valid with { SeverityTargets = [new(Severity.Medium, 120, 60)] }, Codes.SlaResponseAfterResolution, "Sla.SeverityTargets[0].ResponseMinutes" },
        { "claim deadline negative", Valid with { ClaimDeadlineDays = -1 }, Codes.SlaClaimDeadlineOutOfRange, "Sla.ClaimDeadlineDays" },
        { "claim deadline above a year", Valid with { ClaimDeadlineDays = 366 }, Codes.SlaClaimDeadlineOutOfRange, "Sla.ClaimDeadlineDays" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Should_Name_The_Broken_Field_And_Its_Code(string rule, SlaTermsInput input, string code, string field)
    {
        var ex = Assert.Throws<BusinessValidationException>(() => SlaTerms.Create(input));
        var error = Assert.Single(ex.Errors);
        Assert.True(error.Code == code && error.Field == field, $"{rule}: got {error.Code} on {error.Field}");
        Assert.Equal((code, field), (ex.Code, ex.Field));
    }

    [Theory]
    [InlineData("100", "1", "0")]
    [InlineData("0.0001", "0", "1440")]
    [InlineData("99.9999", "0.0001", "0")]
    public void Should_Accept_The_Edges_Of_Each_Range(string target, string weight, string minimumOutage)
    {
        var sla = SlaTerms.Create(Valid with
        {
            AvailabilityTarget = decimal.Parse(target),
            DegradedWeight = decimal.Parse(weight),
            MinimumOutageMinutes = int.Parse(minimumOutage),
            CreditTiers = [new(100m, 100m)],
            CreditCapPercent = 100m,
            SeverityTargets = [new(Severity.Low, 525_600, 525_600)],
            MaintenanceNoticeHours = 0,
            ClaimDeadlineDays = 365,
        });
        Assert.Equal(decimal.Parse(target), sla.AvailabilityTarget);
    }

    [Fact]
    public void Should_Report_Every_Broken_Field_At_Once()
    {
        var ex = Assert.Throws<BusinessValidationException>(() => SlaTerms.Create(Valid with
        {
            AvailabilityTarget = 120m,
            DegradedWeight = 2m,
            CreditTiers = [new(99.9m, 5m), new(99.95m, 10m)],
        }));

        Assert.Equal(["Sla.AvailabilityTarget", "Sla.DegradedWeight", "Sla.CreditTiers[1].BelowPercent"], ex.Errors.Select(e => e.Field));
        Assert.Equal(Codes.SlaAvailabilityTargetOutOfRange, ex.Code);
        Assert.Contains("2 more", ex.Message, StringComparison.Ordinal);
    }
}
