using VendorManager.Contracts;
using VendorManager.TestBase.Builders;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Application.Tests.Contracts;

/// <summary>Renewal, termination, SLA terms, covered nodes, reminder lead times and deadlines. "Today" is 2 March 2026.</summary>
public sealed class ContractActionTests : ContractTestBase
{
    [Fact]
    public async Task Should_Record_A_Renewal_Decision_As_A_New_Term_And_Keep_The_History()
    {
        var created = await CreateAsync((await NewContractInputAsync())
            .Running(new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28)).Renewing(RenewalKind.ExplicitDecision, noticeCount: 0));

        var renewed = await Contracts(s => s.RenewAsync(created.Id, new RenewContractInput { ConcurrencyStamp = created.ConcurrencyStamp }));

        Assert.Equal([(1, new DateOnly(2025, 3, 1), new DateOnly(2026, 2, 28), ContractTermOrigin.Initial),
                      (2, new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28), ContractTermOrigin.ExplicitRenewal)],
            renewed.Terms.Select(t => (t.Sequence, t.Start, t.End, t.Origin)));
        Assert.Equal(ContractStatus.Active, renewed.Status);
        Assert.Equal(new DateOnly(2027, 2, 28), renewed.Deadlines.End!.Date);
    }

    [Fact]
    public async Task Should_Refuse_To_Renew_A_Term_That_Has_Not_Started_As_A_Rule()
    {
        var created = await CreateAsync((await NewContractInputAsync()).Running(new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31)));
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.RenewAsync(created.Id, new RenewContractInput())));
        Assert.Equal((Codes.RenewalTooEarly, BusinessErrorKind.Rule), (ex.Code, ex.Kind));
    }

    [Fact]
    public async Task Should_Terminate_And_Leave_No_Deadline_Or_Reminder_Behind()
    {
        var created = await CreateAsync(await NewContractInputAsync());

        var terminated = await Contracts(s => s.TerminateAsync(created.Id,
            new TerminateContractInput { EffectiveOn = new DateOnly(2026, 12, 31), Reason = "Replaced by the regional archive" }));

        Assert.Equal((ContractStatus.Terminated, new DateOnly(2026, 12, 31), "Replaced by the regional archive"),
            (terminated.Status, terminated.TerminatedOn, terminated.TerminationReason));
        Assert.Equal(Now, terminated.TerminationRecordedAt);
        var deadlines = await Contracts(s => s.GetDeadlinesAsync(created.Id));
        Assert.Null(deadlines.NextNoticeDeadline);
        Assert.Null(deadlines.NextRenewal);
        Assert.Empty(deadlines.Reminders);
        var again = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.RenewAsync(created.Id, new RenewContractInput())));
        Assert.Equal(Codes.ContractTerminated, again.Code);
    }

    [Fact]
    public async Task Should_Ask_For_The_Reason_And_Date_Of_A_Termination_At_Their_Fields()
    {
        var created = await CreateAsync(await NewContractInputAsync());
        var noReason = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.TerminateAsync(created.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 12, 31) })));
        Assert.Equal((Codes.TerminationReasonRequired, "Reason"), (noReason.Code, noReason.Field));
        var noDate = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.TerminateAsync(created.Id, new TerminateContractInput { Reason = "x" })));
        Assert.Equal((Codes.DateRequired, "EffectiveOn"), (noDate.Code, noDate.Field));
    }

    [Fact]
    public async Task Should_Define_Replace_And_Remove_Sla_Terms_And_Record_Each_In_The_History()
    {
        var created = await CreateAsync(await NewContractInputAsync());
        Assert.Null(created.Sla);

        Services.Clock.Advance(TimeSpan.FromMinutes(1));
        var defined = await Contracts(s => s.DefineSlaAsync(created.Id, ContractInputBuilder.Sla()));
        Assert.Equal(CoverageKind.TwentyFourSeven, defined.Sla!.Coverage);
        Services.Clock.Advance(TimeSpan.FromMinutes(1));
        var replaced = await Contracts(s => s.DefineSlaAsync(created.Id, ContractInputBuilder.Sla(officeHours: true)));
        Assert.Equal(2, replaced.Sla!.CoverageWindows.Count);
        Services.Clock.Advance(TimeSpan.FromMinutes(1));
        var removed = await Contracts(s => s.RemoveSlaAsync(created.Id, replaced.ConcurrencyStamp));
        Assert.Null(removed.Sla);

        var changes = (await Contracts(s => s.GetHistoryAsync(created.Id)))
            .Where(h => h.ChangeType == "Updated").Reverse()
            .Select(h => h.PropertyChanges.ToDictionary(p => p.PropertyName, p => (p.OriginalValue, p.NewValue))).ToList();
        Assert.Equal(3, changes.Count);
        Assert.Equal((null, "99.9"), changes[0]["Sla.AvailabilityTarget"]);
        Assert.Equal((null, "BelowPercent=99.9 CreditPercent=5; BelowPercent=99.5 CreditPercent=10"), changes[0]["Sla.CreditTiers"]);
        Assert.Equal(("TwentyFourSeven", "WeeklySchedule"), changes[1]["Sla.Coverage"]);
        Assert.Equal((null, "Day=Monday From=07:30 To=18:00; Day=Saturday From=08:00 To=00:00"), changes[1]["Sla.CoverageWindows"]);
        Assert.False(changes[1].ContainsKey("Sla.AvailabilityTarget"));
        Assert.Equal(("99.9", null), changes[2]["Sla.AvailabilityTarget"]);
    }

    [Fact]
    public async Task Should_Report_Every_Broken_Sla_Field_By_Its_Path()
    {
        var created = await CreateAsync(await NewContractInputAsync());
        var sla = ContractInputBuilder.Sla(officeHours: true);
        sla.DegradedWeight = 1.5m;
        sla.CreditTiers[1].BelowPercent = 99.95m;
        sla.CoverageWindows[0].To = new TimeOnly(6, 0);
        sla.SeverityTargets[0].ResponseMinutes = 600;

        var ex = await Assert.ThrowsAsync<BusinessValidationException>(() => Contracts(s => s.DefineSlaAsync(created.Id, sla)));

        Assert.Equal(["Sla.CoverageWindows[0].To", "Sla.DegradedWeight", "Sla.CreditTiers[1].BelowPercent", "Sla.SeverityTargets[0].ResponseMinutes"],
            ex.Errors.Select(e => e.Field));
        Assert.Null((await Contracts(s => s.GetAsync(created.Id))).Sla);
    }

    [Fact]
    public async Task Should_Replace_The_Covered_Nodes_And_Refuse_An_Unknown_One_At_Its_Field()
    {
        var (a, b, c) = (await NewNodeAsync("Archive A"), await NewNodeAsync("Router B"), await NewNodeAsync("Modality C"));
        var created = await CreateAsync((await NewContractInputAsync()).Covering(a.Id, b.Id));

        var moved = await Contracts(s => s.SetCoveredNodesAsync(created.Id, new SetCoveredNodesInput { CoveredNodeIds = [b.Id, c.Id] }));
        Assert.Equal(["Modality C", "Router B"], moved.CoveredNodes.Select(n => n.Name));
        var history = await Contracts(s => s.GetHistoryAsync(created.Id));
        Assert.Contains(history, h => h is { EntityType: nameof(ContractNode), ChangeType: "Created" } && h.EntityId == c.Id.ToString());
        Assert.Contains(history, h => h is { EntityType: nameof(ContractNode), ChangeType: "Deleted" } && h.EntityId == a.Id.ToString());

        var ex = await Assert.ThrowsAsync<BusinessException>(() =>
            Contracts(s => s.SetCoveredNodesAsync(created.Id, new SetCoveredNodesInput { CoveredNodeIds = [b.Id, Guid.NewGuid()] })));
        Assert.Equal((Codes.NodeNotFound, "CoveredNodeIds"), (ex.Code, ex.Field));
        Assert.Equal(2, (await Contracts(s => s.GetAsync(created.Id))).CoveredNodes.Count);
    }

    [Fact]
    public async Task Should_Show_A_Covered_Node_Deleted_Since_And_Keep_It_Covered()
    {
        var node = await NewNodeAsync("Retired modality");
        var created = await CreateAsync((await NewContractInputAsync()).Covering(node.Id));
        await WithAsync<VendorManager.Nodes.IDicomNodeAppService>(s => s.DeleteAsync(node.Id));

        var read = await Contracts(s => s.GetAsync(created.Id));
        Assert.Equal((node.Id, "(deleted node)"), (read.CoveredNodes[0].Id, read.CoveredNodes[0].Name));
        var other = await NewNodeAsync("New modality");
        var both = await Contracts(s => s.SetCoveredNodesAsync(created.Id, new SetCoveredNodesInput { CoveredNodeIds = [node.Id, other.Id] }));
        Assert.Equal(2, both.CoveredNodes.Count);
    }

    [Fact]
    public async Task Should_Set_Reminder_Lead_Days_And_Refresh_The_Listed_Status_With_The_Save()
    {
        var created = await CreateAsync(await NewContractInputAsync());
        Assert.Equal(ContractStatus.Active, created.Status);

        // A year's lead window puts the 30 September deadline inside it today.
        var changed = await Contracts(s => s.SetReminderLeadDaysAsync(created.Id, new SetReminderLeadDaysInput { ReminderLeadDays = [30, 365] }));

        Assert.Equal([365, 30], changed.ReminderLeadDays);
        Assert.Equal(ContractStatus.InNoticePeriod, changed.Status);
        var listed = Assert.Single((await Contracts(s => s.GetListAsync(new GetContractListInput { Status = ContractStatus.InNoticePeriod }))).Items);
        Assert.Equal(created.Id, listed.Id);

        var ex = await Assert.ThrowsAsync<BusinessException>(() =>
            Contracts(s => s.SetReminderLeadDaysAsync(created.Id, new SetReminderLeadDaysInput { ReminderLeadDays = [30, 30] })));
        Assert.Equal((Codes.ReminderLeadDuplicate, "ReminderLeadDays[1]"), (ex.Code, ex.Field));
    }

    [Fact]
    public async Task Should_Give_Each_Deadline_As_A_Local_Day_And_The_Utc_Instant_It_Ends_With_The_Reminders_Planned()
    {
        var created = await CreateAsync(await NewContractInputAsync());

        var d = await Contracts(s => s.GetDeadlinesAsync(created.Id));

        Assert.Equal((new DateOnly(2026, 3, 2), ContractStatus.Active, "Europe/Amsterdam"), (d.Today, d.Status, d.TimeZoneId));
        Assert.Equal((1, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), true), (d.CurrentTerm.Sequence, d.CurrentTerm.Start, d.CurrentTerm.End, d.CurrentTerm.IsRecorded));
        Assert.Equal((2, new DateOnly(2027, 1, 1), false), (d.NextTerm!.Sequence, d.NextTerm.Start, d.NextTerm.IsRecorded));
        // 30 September ends at midnight Amsterdam summer time (UTC+2); the renewal starts at midnight winter time (UTC+1).
        Assert.Equal(new ContractDayDto(new DateOnly(2026, 9, 30), Utc("2026-09-30T22:00:00Z")), d.NoticeDeadline);
        Assert.Equal(d.NoticeDeadline, d.NextNoticeDeadline);
        Assert.Equal(new ContractDayDto(new DateOnly(2027, 1, 1), Utc("2026-12-31T23:00:00Z")), d.NextRenewal);
        Assert.Null(d.End);
        Assert.Equal([(90, new DateOnly(2026, 7, 2), Utc("2026-07-01T22:00:00Z")), (60, new DateOnly(2026, 8, 1), Utc("2026-07-31T22:00:00Z")),
                      (30, new DateOnly(2026, 8, 31), Utc("2026-08-30T22:00:00Z"))],
            d.Reminders.Select(r => (r.LeadDays, r.DueOn, r.DueAtUtc)));
        Assert.All(d.Reminders, r => Assert.Equal((ReminderTarget.NoticeDeadline, false), (r.Target, r.IsDue)));
        Assert.Equal($"contract:{created.Id:N}:notice-deadline:2026-09-30:90d", d.Reminders[0].Key);
    }

    [Fact]
    public async Task Should_Answer_Unknown_Contracts_With_Not_Found()
    {
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Contracts(s => s.GetDeadlinesAsync(Guid.NewGuid())));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Contracts(s => s.RenewAsync(Guid.NewGuid(), new RenewContractInput())));
    }

    private static DateTime Utc(string iso) => DateTime.Parse(iso, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
