using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractReminderTests
{
    private static Contract AutomaticYearly() => Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

    [Theory]
    [InlineData(90, "2026-07-02")]
    [InlineData(60, "2026-08-01")]
    [InlineData(30, "2026-08-31")]
    public void Should_Fall_Due_Each_Lead_Time_Before_The_Notice_Deadline(int lead, string dueOn)
    {
        var reminders = Evaluate(AutomaticYearly(), "2026-06-01").Reminders;
        var reminder = reminders.Single(r => r.LeadDays == lead);
        Assert.Equal((ReminderTarget.NoticeDeadline, D("2026-09-30"), D(dueOn)), (reminder.Target, reminder.TargetDate, reminder.DueOn));
        Assert.False(reminder.IsDue);
    }

    [Fact]
    public void Should_Keep_A_Reminders_Key_From_Day_To_Day()
    {
        var contract = AutomaticYearly();
        var early = Evaluate(contract, "2026-06-01").Reminders.Select(r => r.Key);
        var later = Evaluate(contract, "2026-08-15").Reminders.Select(r => r.Key);
        Assert.Equal(early, later);
        Assert.Contains($"contract:{contract.Id:N}:notice-deadline:2026-09-30:90d", early);
    }

    [Fact]
    public void Should_Rearm_Reminders_When_The_Dates_Are_Edited()
    {
        var contract = AutomaticYearly();
        var before = Evaluate(contract, "2026-06-01").Reminders.Select(r => r.Key).ToList();
        contract.Reschedule(D("2026-01-01"), D("2027-01-31"), On("2026-06-01"));
        var after = Evaluate(contract, "2026-06-01").Reminders;

        Assert.All(after, r => Assert.Equal(D("2026-10-31"), r.TargetDate));
        Assert.Empty(after.Select(r => r.Key).Intersect(before));
    }

    [Fact]
    public void Should_Catch_Up_A_Missed_Reminder_And_Say_When_It_Was_Due()
    {
        // The server was down on 1 August, when the 60-day reminder was due; on 5 August it is still due.
        var dates = Evaluate(AutomaticYearly(), "2026-08-05");
        var toSend = Assert.Single(dates.RemindersToSend());

        Assert.Equal(60, toSend.LeadDays);
        Assert.Equal(D("2026-08-01"), toSend.DueOn);
        Assert.True(toSend.IsCatchUp(dates.Today));
        // The 90-day one is due too but would only repeat it; the 30-day one is not due yet.
        Assert.True(dates.Reminders.Single(r => r.LeadDays == 90) is { IsDue: true, IsSuperseded: true });
        Assert.False(dates.Reminders.Single(r => r.LeadDays == 30).IsDue);
    }

    [Fact]
    public void Should_Send_Nothing_For_A_Target_That_Has_Passed()
    {
        var dates = Evaluate(AutomaticYearly(), "2026-10-01");
        Assert.DoesNotContain(dates.Reminders, r => r.TargetDate < dates.Today);
        Assert.Empty(dates.RemindersToSend());
        // The next term's deadline is armed, not due.
        Assert.All(dates.Reminders, r => Assert.Equal(D("2027-09-30"), r.TargetDate));
    }

    [Fact]
    public void Should_Still_Send_On_The_Deadline_Day_Itself()
    {
        var dates = Evaluate(AutomaticYearly(), "2026-09-30");
        var toSend = Assert.Single(dates.RemindersToSend());
        Assert.Equal((30, D("2026-09-30")), (toSend.LeadDays, toSend.TargetDate));
    }

    [Fact]
    public void Should_Remind_Of_The_End_Of_A_Contract_That_Does_Not_Renew()
    {
        var dates = Evaluate(NewContract("2026-01-01", "2026-12-31"), "2026-11-05");
        Assert.All(dates.Reminders, r => Assert.Equal((ReminderTarget.End, D("2026-12-31")), (r.Target, r.TargetDate)));
        Assert.Equal(60, Assert.Single(dates.RemindersToSend()).LeadDays);
    }

    [Fact]
    public void Should_Remind_Of_Both_The_Decision_And_The_End_When_Renewal_Needs_A_Decision()
    {
        var dates = Evaluate(ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3)), "2026-06-01");
        Assert.Equal(
            [(ReminderTarget.NoticeDeadline, D("2026-09-30")), (ReminderTarget.End, D("2026-12-31"))],
            dates.Reminders.Select(r => (r.Target, r.TargetDate)).Distinct());
    }

    [Fact]
    public void Should_Arm_Every_Deadline_Inside_The_Lead_Window_Of_Short_Terms()
    {
        // Monthly terms with two weeks' notice: three deadlines fall within 90 days.
        var contract = Automatic("2026-01-01", "2026-01-31", ContractPeriod.Months(1), ContractPeriod.Weeks(2));
        var dates = Evaluate(contract, "2026-01-10");
        Assert.Equal([D("2026-01-17"), D("2026-02-14"), D("2026-03-17")], dates.Reminders.Select(r => r.TargetDate).Distinct());
        Assert.Equal(D("2026-01-17"), dates.NextNoticeDeadline);
    }

    [Fact]
    public void Should_Have_No_Reminders_For_A_Terminated_Or_Expired_Contract()
    {
        Assert.Empty(Evaluate(ContractDateEngineTests.Scenario("terminated"), "2026-08-01").Reminders);
        Assert.Empty(Evaluate(NewContract("2026-01-01", "2026-12-31"), "2027-01-01").Reminders);
    }
}
