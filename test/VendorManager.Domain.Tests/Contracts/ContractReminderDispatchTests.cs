using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

/// <summary>The reminder log's rules: what each state may become, and why an open reminder stops applying.</summary>
public sealed class ContractReminderDispatchTests
{
    private static readonly Guid Person = Guid.NewGuid();
    private static Contract AutomaticYearly() => Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

    private static ContractReminderDispatch Recorded(Contract contract, string today = "2026-08-01")
        => ContractReminderDispatch.Record(Assert.Single(Evaluate(contract, today).RemindersToSend()), "r.1@hospital.example", On(today));

    private static ContractReminderDispatch InState(ReminderDispatchState state)
    {
        var row = Recorded(AutomaticYearly());
        if (state == ReminderDispatchState.Pending) return row;
        row.BeginAttempt(["owner@hospital.example"], On("2026-08-01"));
        switch (state)
        {
            case ReminderDispatchState.Sent: row.MarkSent(On("2026-08-01")); break;
            case ReminderDispatchState.Uncertain: row.MarkUncertain("connection lost after DATA", On("2026-08-01")); break;
            case ReminderDispatchState.Failed: row.RecordRefusal("550 no such user", On("2026-08-01"), maxAttempts: 1); break;
        }
        return row;
    }

    [Fact]
    public void Should_Record_A_Due_Reminder_As_Pending_Under_Its_Key_With_Its_Original_Due_Day()
    {
        var contract = AutomaticYearly();
        var row = Recorded(contract, "2026-08-05");
        Assert.Equal((ReminderDispatchState.Pending, $"contract:{contract.Id:N}:notice-deadline:2026-09-30:60d", D("2026-08-01"), 0, "r.1@hospital.example"),
            (row.State, row.Key, row.DueOn, row.Attempts, row.MessageId));
    }

    [Fact]
    public void Should_Derive_The_Same_Id_From_The_Same_Key_So_Instances_Recording_At_Once_Collide_On_It()
    {
        var contract = AutomaticYearly();
        var first = Recorded(contract);
        var second = Recorded(contract);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(8, first.Id.Version);
        Assert.NotEqual(first.Id, ContractReminderDispatch.IdFor(first.Key + "x"));
    }

    [Fact]
    public void Should_Refuse_To_Record_A_Reminder_That_Is_Not_Due()
    {
        var notDue = Evaluate(AutomaticYearly(), "2026-06-01").Reminders[0];
        Assert.Throws<InvalidOperationException>(() => ContractReminderDispatch.Record(notDue, "r.1@hospital.example", On("2026-06-01")));
    }

    [Fact]
    public void Should_Queue_A_Refused_Attempt_Again_Until_The_Last_Allowed_One_Then_Fail()
    {
        var row = Recorded(AutomaticYearly());
        var revision = row.Revision;
        row.BeginAttempt(["owner@hospital.example"], On("2026-08-01"));
        row.RecordRefusal("connection refused", On("2026-08-01"), maxAttempts: 2);
        Assert.Equal((ReminderDispatchState.Pending, 1, "connection refused"), (row.State, row.Attempts, row.LastError));
        row.BeginAttempt(["owner@hospital.example"], On("2026-08-01"));
        row.RecordRefusal("connection refused", On("2026-08-01"), maxAttempts: 2);
        Assert.Equal((ReminderDispatchState.Failed, 2), (row.State, row.Attempts));
        Assert.Equal(revision + 4, row.Revision);
    }

    [Theory]
    [InlineData(ReminderDispatchState.Sending)]
    [InlineData(ReminderDispatchState.Sent)]
    [InlineData(ReminderDispatchState.Uncertain)]
    public void Should_Claim_An_Attempt_Only_From_Pending(ReminderDispatchState state)
        => Assert.Throws<InvalidOperationException>(() => InState(state).BeginAttempt(["owner@hospital.example"], On("2026-08-02")));

    [Fact]
    public void Should_Let_A_Person_Confirm_An_Uncertain_Reminder_As_Sent_When_It_Was_Attempted()
    {
        var row = InState(ReminderDispatchState.Uncertain);
        row.ConfirmDelivered(Person, On("2026-08-03"));
        Assert.Equal((ReminderDispatchState.Sent, On("2026-08-01"), Person), (row.State, row.SentAt, row.DecidedBy));
    }

    [Theory]
    [InlineData(ReminderDispatchState.Pending)]
    [InlineData(ReminderDispatchState.Sent)]
    [InlineData(ReminderDispatchState.Failed)]
    public void Should_Refuse_To_Confirm_A_Reminder_That_Is_Not_Uncertain(ReminderDispatchState state)
    {
        var error = Assert.Throws<BusinessException>(() => InState(state).ConfirmDelivered(Person, On("2026-08-03")));
        Assert.Equal(VendorManagerErrorCodes.Contracts.ReminderNotAwaitingDecision, error.Code);
    }

    [Theory]
    [InlineData(ReminderDispatchState.Uncertain)]
    [InlineData(ReminderDispatchState.Failed)]
    public void Should_Let_A_Person_Queue_An_Uncertain_Or_Failed_Reminder_Again_With_Its_Message_Id(ReminderDispatchState state)
    {
        var row = InState(state);
        row.Requeue(Person, On("2026-08-03"));
        Assert.Equal((ReminderDispatchState.Pending, 0, "r.1@hospital.example"), (row.State, row.Attempts, row.MessageId));
    }

    [Theory]
    [InlineData(ReminderDispatchState.Pending)]
    [InlineData(ReminderDispatchState.Sent)]
    public void Should_Refuse_To_Queue_Again_A_Reminder_That_Awaits_No_Decision(ReminderDispatchState state)
    {
        var error = Assert.Throws<BusinessException>(() => InState(state).Requeue(Person, On("2026-08-03")));
        Assert.Equal(VendorManagerErrorCodes.Contracts.ReminderNotAwaitingDecision, error.Code);
    }

    [Fact]
    public void Should_Cancel_Only_Open_Reminders_And_Rearm_Only_Cancelled_Ones()
    {
        var row = InState(ReminderDispatchState.Pending);
        row.Cancel("The contract was terminated.", On("2026-08-02"));
        Assert.Throws<InvalidOperationException>(() => row.Cancel("again", On("2026-08-02")));
        row.Rearm(On("2026-08-03"));
        Assert.Equal(ReminderDispatchState.Pending, row.State);
        Assert.Throws<InvalidOperationException>(() => InState(ReminderDispatchState.Sent).Cancel("late", On("2026-08-02")));
        Assert.Throws<InvalidOperationException>(() => InState(ReminderDispatchState.Sent).Rearm(On("2026-08-02")));
    }

    [Fact]
    public void Should_Take_An_Attempt_For_Abandoned_Only_Once_It_Began_Before_The_Cutoff()
    {
        var row = InState(ReminderDispatchState.Sending);
        Assert.False(row.WasAbandonedBefore(On("2026-08-01")));
        Assert.True(row.WasAbandonedBefore(On("2026-08-01").AddTicks(1)));
    }

    [Fact]
    public void Should_Say_Why_An_Open_Reminder_No_Longer_Applies()
    {
        var contract = AutomaticYearly();
        var sixty = Recorded(contract, "2026-08-01");
        Assert.Null(ContractReminderReconciler.WhyObsolete(sixty, Evaluate(contract, "2026-08-30")));
        Assert.Equal("Superseded by the 30-day reminder for the same notice deadline, which is due too.",
            ContractReminderReconciler.WhyObsolete(sixty, Evaluate(contract, "2026-08-31")));
        Assert.Equal("The notice deadline (2026-09-30) passed before the reminder could be sent.",
            ContractReminderReconciler.WhyObsolete(Recorded(contract, "2026-09-30"), Evaluate(contract, "2026-10-01")));
        Assert.Equal("The contract was deleted.", ContractReminderReconciler.WhyObsolete(sixty, null));

        contract.SetReminderLeadDays([90, 30]);
        Assert.Equal("The 60-day lead time was removed from the contract.", ContractReminderReconciler.WhyObsolete(sixty, Evaluate(contract, "2026-08-02")));
        contract.Reschedule(D("2026-01-01"), D("2027-01-31"), On("2026-08-02"));
        Assert.Equal("The notice deadline is no longer 2026-09-30: the contract's dates changed, and its reminders follow the new dates.",
            ContractReminderReconciler.WhyObsolete(sixty, Evaluate(contract, "2026-08-02")));
        contract.Terminate(D("2026-12-31"), "Replaced", On("2026-08-02"));
        Assert.Equal("The contract was terminated.", ContractReminderReconciler.WhyObsolete(sixty, Evaluate(contract, "2026-08-02")));
    }
}
