using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class DeadlineInstantTests
{
    // A deadline day ends when the next local day starts. Expected instants were worked out from
    // each zone's offsets on both sides of the change, and agree with TZDB.
    [Theory]
    [InlineData("Europe/Amsterdam", "2026-03-28", "2026-03-28T23:00:00Z")] // next day starts CET (+1), clocks spring forward at 02:00
    [InlineData("Europe/Amsterdam", "2026-03-29", "2026-03-29T22:00:00Z")] // spring-forward day: next day starts in CEST (+2)
    [InlineData("Europe/Amsterdam", "2026-10-24", "2026-10-24T22:00:00Z")]
    [InlineData("Europe/Amsterdam", "2026-10-25", "2026-10-25T23:00:00Z")] // fall-back day has 25 hours
    [InlineData("America/New_York", "2026-03-07", "2026-03-08T05:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "2026-03-09T04:00:00Z")]
    [InlineData("America/New_York", "2026-10-31", "2026-11-01T04:00:00Z")]
    [InlineData("America/New_York", "2026-11-01", "2026-11-02T05:00:00Z")]
    [InlineData("America/Havana", "2026-03-07", "2026-03-08T05:00:00Z")] // Cuba skips midnight: 8 March starts at 01:00 (-4)
    [InlineData("America/Havana", "2026-03-08", "2026-03-09T04:00:00Z")]
    [InlineData("Pacific/Apia", "2011-12-28", "2011-12-29T10:00:00Z")]
    [InlineData("Pacific/Apia", "2011-12-29", "2011-12-30T10:00:00Z")] // Samoa skipped 30 December 2011 whole: the next day that exists starts then
    [InlineData("Pacific/Apia", "2011-12-30", "2011-12-30T10:00:00Z")]
    public void Should_End_A_Deadline_Day_At_The_Start_Of_The_Next_Local_Day(string zone, string day, string expectedUtc)
    {
        var instant = ContractTimeZone.EndOfDayUtc(D(day), ContractTimeZone.Get(zone));
        Assert.Equal(Utc(expectedUtc), instant);
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
    }

    [Theory]
    [InlineData("Europe/Amsterdam", "2026-03-29", "2026-03-29", "2026-03-29T22:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08", "2026-03-09T04:00:00Z")]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01", "2026-11-02T05:00:00Z")]
    [InlineData("America/Havana", "2026-03-07", "2026-03-07", "2026-03-08T05:00:00Z")]
    public void Should_Give_The_Notice_Deadline_As_The_Instant_Its_Day_Ends(string zone, string termEnd, string expectedDeadline, string expectedUtc)
    {
        // Zero notice: the deadline is the term's last day.
        var contract = Automatic("2026-01-01", termEnd, ContractPeriod.Months(1), zone: zone);
        var dates = ContractDateEngine.Evaluate(contract, On("2026-02-01"));

        Assert.Equal(D(expectedDeadline), dates.NoticeDeadline);
        Assert.Equal(Utc(expectedUtc), dates.NoticeDeadlineUtc);
        Assert.Equal(dates.NoticeDeadlineUtc, dates.NextRenewalUtc);
    }

    [Fact]
    public void Should_Start_The_Due_Day_Of_A_Reminder_At_Local_Midnight()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        var reminder = Evaluate(contract, "2026-06-01").Reminders.Single(r => r.LeadDays == 30);
        Assert.Equal(D("2026-08-31"), reminder.DueOn);
        Assert.Equal(Utc("2026-08-30T22:00:00Z"), reminder.DueAtUtc);
        Assert.Equal(Utc("2026-09-30T22:00:00Z"), reminder.TargetEndsAtUtc);
    }
}
