using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.EntityFrameworkCore;
using VendorManager.TestBase.Builders;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Application.Tests.Contracts;

public sealed class ContractAppServiceTests : ContractTestBase
{
    [Fact]
    public async Task Should_Create_A_Contract_With_Its_Term_Sla_Nodes_Owner_And_The_Default_Zone()
    {
        var archive = await NewNodeAsync("Main archive");
        var builder = (await NewContractInputAsync()).Covering(archive.Id).WithSla(ContractInputBuilder.Sla(officeHours: true));

        var created = await CreateAsync(builder);
        var read = await Contracts(s => s.GetAsync(created.Id));

        Assert.Equal("Europe/Amsterdam", read.TimeZoneId);
        Assert.Equal([90, 60, 30], read.ReminderLeadDays);
        var term = Assert.Single(read.Terms);
        Assert.Equal((1, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), ContractTermOrigin.Initial), (term.Sequence, term.Start, term.End, term.Origin));
        Assert.Equal((RenewalKind.Automatic, new ContractPeriodDto(1, PeriodUnit.Years), new ContractPeriodDto(3, PeriodUnit.Months)),
            (read.RenewalKind, read.RenewalPeriod, read.NoticePeriod));
        Assert.Equal((120_000m, "EUR"), (read.Value, read.Currency));
        Assert.Equal(("Main archive", archive.Id), (Assert.Single(read.CoveredNodes).Name, read.CoveredNodes[0].Id));
        Assert.True(read.Owner.IsActive);
        Assert.StartsWith("owner-", read.Owner.UserName);
        Assert.NotNull(read.VendorName);
        Assert.Equal(ContractStatus.Active, read.Status);
        Assert.Equal(new DateOnly(2026, 9, 30), read.Deadlines.NextNoticeDeadline!.Date);
        Assert.Equal((Now, Services.CurrentUser.Id), (read.CreatedAt, read.CreatedBy));

        var sla = read.Sla!;
        Assert.Equal((99.9m, MeasurementPeriod.Month, CoverageKind.WeeklySchedule, 0.5m, 25m), (sla.AvailabilityTarget, sla.MeasurementPeriod, sla.Coverage, sla.DegradedWeight, sla.CreditCapPercent));
        Assert.Equal([(DayOfWeek.Monday, new TimeOnly(7, 30), new TimeOnly(18, 0)), (DayOfWeek.Saturday, new TimeOnly(8, 0), new TimeOnly(0, 0))],
            sla.CoverageWindows.Select(w => (w.Day, w.From, w.To)));
        Assert.Equal([(99.9m, 5m), (99.5m, 10m)], sla.CreditTiers.Select(t => (t.BelowPercent, t.CreditPercent)));
        Assert.Equal([(Severity.Critical, 30, 240), (Severity.Low, 480, 10_080)], sla.SeverityTargets.Select(t => (t.Severity, t.ResponseMinutes, t.ResolutionMinutes)));
    }

    [Fact]
    public async Task Should_Keep_The_Zone_And_Reminder_Lead_Days_The_Input_Gives()
    {
        var created = await CreateAsync((await NewContractInputAsync()).InZone("america/new_york").WithReminders(30, 120));
        Assert.Equal("America/New_York", created.TimeZoneId);
        Assert.Equal([120, 30], created.ReminderLeadDays);
    }

    [Fact]
    public async Task Should_Refuse_An_Owner_Who_Does_Not_Exist_Or_Whose_Account_Is_Disabled()
    {
        var builder = await NewContractInputAsync();
        var ghost = await Assert.ThrowsAsync<BusinessValidationException>(() => Contracts(s => s.CreateAsync(builder.OwnedBy(Guid.NewGuid()).BuildCreate())));
        Assert.Equal((Codes.OwnerNotFound, "OwnerId"), (ghost.Code, ghost.Field));

        var disabled = await NewUserAsync("left.the.hospital", active: false);
        var inactive = await Assert.ThrowsAsync<BusinessValidationException>(() => Contracts(s => s.CreateAsync(builder.OwnedBy(disabled.Id).BuildCreate())));
        Assert.Equal((Codes.OwnerInactive, "OwnerId"), (inactive.Code, inactive.Field));
        Assert.Contains("left.the.hospital", inactive.Message);
        Assert.Equal(0, (await Contracts(s => s.GetListAsync(new GetContractListInput()))).TotalCount);
    }

    [Fact]
    public async Task Should_Report_Every_Broken_Field_Of_A_New_Contract_At_Once()
    {
        var sla = ContractInputBuilder.Sla();
        sla.AvailabilityTarget = 0;
        sla.CreditTiers[1].BelowPercent = 99.95m;
        var input = (await NewContractInputAsync()).Costing(1000m, "EURO").WithReminders(0, 30).WithSla(sla).BuildCreate();
        input.NoticePeriod = new ContractPeriodInput { Count = -1, Unit = PeriodUnit.Months };

        var ex = await Assert.ThrowsAsync<BusinessValidationException>(() => Contracts(s => s.CreateAsync(input)));

        Assert.Equal(["NoticePeriod.Count", "Sla.AvailabilityTarget", "Sla.CreditTiers[1].BelowPercent", "Currency", "ReminderLeadDays[0]"],
            ex.Errors.Select(e => e.Field));
        Assert.Equal([Codes.PeriodOutOfRange, Codes.SlaAvailabilityTargetOutOfRange, Codes.SlaCreditThresholdsNotDescending, Codes.CurrencyInvalid, Codes.ReminderLeadOutOfRange],
            ex.Errors.Select(e => e.Code));
        Assert.Equal(0, (await Contracts(s => s.GetListAsync(new GetContractListInput()))).TotalCount);
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Contract_With_The_Same_Number_For_The_Vendor_As_A_Conflict()
    {
        var builder = (await NewContractInputAsync()).Numbered("SC-2026-001");
        await CreateAsync(builder);
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.CreateAsync(builder.Numbered("sc-2026-001").BuildCreate())));
        Assert.Equal((Codes.NumberAlreadyExists, BusinessErrorKind.Conflict), (ex.Code, ex.Kind));
    }

    [Fact]
    public async Task Should_Update_Fields_Owner_Renewal_And_The_Latest_Terms_End_And_Record_What_Changed()
    {
        var builder = await NewContractInputAsync();
        var created = await CreateAsync(builder);
        var newOwner = await NewUserAsync("new.owner");
        Services.Clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await Contracts(s => s.UpdateAsync(created.Id, builder.Titled("PACS maintenance and support").OwnedBy(newOwner.Id)
            .Renewing(RenewalKind.ExplicitDecision, 2, PeriodUnit.Years, 6, PeriodUnit.Months)
            .BuildUpdate(created.ConcurrencyStamp, latestEnd: new DateOnly(2027, 3, 31))));

        Assert.Equal(("PACS maintenance and support", "new.owner"), (updated.Title, updated.Owner.UserName));
        Assert.Equal((RenewalKind.ExplicitDecision, new ContractPeriodDto(2, PeriodUnit.Years), new ContractPeriodDto(6, PeriodUnit.Months)),
            (updated.RenewalKind, updated.RenewalPeriod, updated.NoticePeriod));
        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(updated.Terms).End);
        Assert.Equal(new DateOnly(2026, 9, 30), updated.Deadlines.NoticeDeadline!.Date);
        Assert.Equal(Now, updated.ModifiedAt);
        Assert.NotEqual(created.ConcurrencyStamp, updated.ConcurrencyStamp);

        var history = await Contracts(s => s.GetHistoryAsync(created.Id));
        var term = history.Single(h => h is { EntityType: nameof(ContractTerm), ChangeType: "Updated" });
        Assert.Equal(("End", "2026-12-31", "2027-03-31"), (term.PropertyChanges[0].PropertyName, term.PropertyChanges[0].OriginalValue, term.PropertyChanges[0].NewValue));
        var contract = history.Single(h => h is { EntityType: nameof(Contract), ChangeType: "Updated" });
        var changed = contract.PropertyChanges.ToDictionary(p => p.PropertyName, p => (p.OriginalValue, p.NewValue));
        Assert.Equal((created.Owner.Id.ToString(), newOwner.Id.ToString()), changed["OwnerId"]);
        Assert.Equal(("Automatic", "ExplicitDecision"), changed["RenewalKind"]);
        Assert.Equal(("3", "6"), changed["NoticePeriod.Count"]);
        Assert.DoesNotContain(changed.Keys, k => k.StartsWith("Listed", StringComparison.Ordinal) || k.StartsWith("Listing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Correct_Both_Dates_Of_A_Contract_That_Has_Only_Its_Initial_Term()
    {
        var builder = await NewContractInputAsync();
        var created = await CreateAsync(builder);
        var updated = await Contracts(s => s.UpdateAsync(created.Id, builder.Running(new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31)).BuildUpdate(created.ConcurrencyStamp)));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 31)), (updated.Terms[0].Start, updated.Terms[0].End));
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Edit_Or_Action_Instead_Of_Overwriting()
    {
        var builder = await NewContractInputAsync();
        var created = await CreateAsync(builder);
        await Contracts(s => s.UpdateAsync(created.Id, builder.Titled("First edit").BuildUpdate(created.ConcurrencyStamp)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Contracts(s => s.UpdateAsync(created.Id, builder.Titled("Second edit").BuildUpdate(created.ConcurrencyStamp))));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Contracts(s => s.SetReminderLeadDaysAsync(created.Id, new SetReminderLeadDaysInput { ReminderLeadDays = [14], ConcurrencyStamp = created.ConcurrencyStamp })));

        var current = await Contracts(s => s.GetAsync(created.Id));
        Assert.Equal("First edit", current.Title);
        Assert.Equal([90, 60, 30], current.ReminderLeadDays);
    }

    [Fact]
    public async Task Should_Let_A_Terminated_Contracts_Title_Be_Corrected_But_Not_Its_Dates()
    {
        var builder = await NewContractInputAsync();
        var created = await CreateAsync(builder);
        var terminated = await Contracts(s => s.TerminateAsync(created.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 12, 31), Reason = "Replaced" }));

        var retitled = await Contracts(s => s.UpdateAsync(created.Id, builder.Titled("Old PACS maintenance").BuildUpdate(terminated.ConcurrencyStamp)));
        Assert.Equal("Old PACS maintenance", retitled.Title);

        var ex = await Assert.ThrowsAsync<BusinessException>(() => Contracts(s => s.UpdateAsync(created.Id,
            builder.BuildUpdate(retitled.ConcurrencyStamp, latestEnd: new DateOnly(2027, 6, 30)))));
        Assert.Equal((Codes.ContractTerminated, BusinessErrorKind.Rule), (ex.Code, ex.Kind));
    }

    [Fact]
    public async Task Should_Soft_Delete_Hide_The_Contract_Keep_The_Row_And_Free_The_Number()
    {
        var builder = (await NewContractInputAsync()).Numbered("SC-9");
        var created = await CreateAsync(builder);

        await WithAsync<IContractAppService>(s => s.DeleteAsync(created.Id));

        await Assert.ThrowsAsync<EntityNotFoundException>(() => Contracts(s => s.GetAsync(created.Id)));
        Assert.Equal(0, (await Contracts(s => s.GetListAsync(new GetContractListInput()))).TotalCount);
        var row = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Contracts.IgnoreQueryFilters().SingleAsync(c => c.Id == created.Id));
        Assert.Equal((true, Services.CurrentUser.Id), (row.IsDeleted, row.DeletedBy));

        var again = await CreateAsync(builder.Numbered("sc-9"));
        Assert.NotEqual(created.Id, again.Id);
    }
}
