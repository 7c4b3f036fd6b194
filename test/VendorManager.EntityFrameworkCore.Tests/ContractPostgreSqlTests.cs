using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using VendorManager.Contracts;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>Contracts through the real PostgreSQL migrations: every field back as it went in, and the queries lists and jobs run.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class ContractPostgreSqlTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync());
        _services.CurrentUser.ActAs(Guid.NewGuid(), "contract.admin", "ContractAdmin");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private Task<T> Contracts<T>(Func<IContractAppService, Task<T>> action)
        => _services.InScopeAsync(sp => action(sp.GetRequiredService<IContractAppService>()));

    private DateTime Now => _services.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Should_Round_Trip_Every_Mapped_Field_Sla_Lists_Dates_And_Times()
    {
        var builder = await NewBuilderAsync();
        var node = await NewNodeAsync("Main archive");
        var input = builder.InZone("America/New_York").Covering(node.Id).WithReminders(120, 45, 7).WithSla(ContractInputBuilder.Sla(officeHours: true))
            .Running(new DateOnly(2024, 2, 29), new DateOnly(2025, 2, 27)).Renewing(RenewalKind.Automatic, 1, PeriodUnit.Years, 10, PeriodUnit.Weeks)
            .BuildCreate();
        input.Value = 1_234_567.8912m;
        input.FeePerMeasurementPeriod = 10_000.0001m;
        input.BillingPeriod = BillingPeriod.Quarterly;
        input.Kind = ContractKind.Staffing;
        input.Sla!.TimeZoneId = "Europe/Amsterdam";
        input.Sla.CreditCapPercent = 12.3456m;
        var created = await Contracts(s => s.CreateAsync(input));
        await Contracts(s => s.TerminateAsync(created.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 6, 30), Reason = "Engagement ends" }));

        var stored = await _services.InScopeAsync(sp => sp.GetRequiredService<IContractRepository>().GetAsync(created.Id));

        Assert.Equal((builder.BuildCreate().VendorId, input.Number, Contract.NormalizeNumber(input.Number), "PACS maintenance", ContractKind.Staffing, input.OwnerId),
            (stored.VendorId, stored.Number, stored.NormalizedNumber, stored.Title, stored.Kind, stored.OwnerId));
        Assert.Equal((1_234_567.8912m, "EUR", BillingPeriod.Quarterly, 10_000.0001m), (stored.Value, stored.Currency, stored.BillingPeriod, stored.FeePerMeasurementPeriod));
        Assert.Equal(("America/New_York", RenewalKind.Automatic, ContractPeriod.Years(1), ContractPeriod.Weeks(10)),
            (stored.TimeZoneId, stored.RenewalKind, stored.RenewalPeriod, stored.NoticePeriod));
        Assert.Equal((new LocalDate(2026, 6, 30), "Engagement ends", Now), (stored.TerminatedOn, stored.TerminationReason, stored.TerminationRecordedAt));
        Assert.Equal([120, 45, 7], stored.ReminderLeadDays);
        Assert.Equal(node.Id, Assert.Single(stored.CoveredNodes).NodeId);
        // The initial term from a leap day, and the tacit renewals recorded when the termination was (anniversary clamped to 28 February).
        Assert.Equal([(1, new LocalDate(2024, 2, 29), new LocalDate(2025, 2, 27), ContractTermOrigin.Initial),
                      (2, new LocalDate(2025, 2, 28), new LocalDate(2026, 2, 27), ContractTermOrigin.TacitRenewal),
                      (3, new LocalDate(2026, 2, 28), new LocalDate(2027, 2, 27), ContractTermOrigin.TacitRenewal)],
            stored.Terms.Select(t => (t.Sequence, t.Start, t.End, t.Origin)));
        Assert.All(stored.Terms.Skip(1), t => Assert.Equal(Now, t.RecordedAt));
        Assert.Equal(new ContractListing(ContractStatus.Terminated, null, new LocalDate(2026, 6, 30), null), stored.Listing);

        var sla = stored.Sla!;
        Assert.Equal((99.9m, MeasurementPeriod.Month, "Europe/Amsterdam", CoverageKind.WeeklySchedule, 5, 0.5m, 168, 12.3456m, 30),
            (sla.AvailabilityTarget, sla.MeasurementPeriod, sla.TimeZoneId, sla.Coverage, sla.MinimumOutageMinutes, sla.DegradedWeight,
             sla.MaintenanceNoticeHours, sla.CreditCapPercent, sla.ClaimDeadlineDays));
        Assert.Equal([new CoverageWindow(DayOfWeek.Monday, new LocalTime(7, 30), new LocalTime(18, 0)), new CoverageWindow(DayOfWeek.Saturday, new LocalTime(8, 0), LocalTime.Midnight)],
            sla.CoverageWindows);
        Assert.Equal([new ServiceCreditTier(99.9m, 5m), new ServiceCreditTier(99.5m, 10m)], sla.CreditTiers);
        Assert.Equal([new SeverityTarget(Severity.Critical, 30, 240), new SeverityTarget(Severity.Low, 480, 10_080)], sla.SeverityTargets);
    }

    [Fact]
    public async Task Should_Store_Days_As_Dates_Sla_As_Jsonb_And_Lead_Days_As_An_Array()
    {
        var created = await Contracts(async s => await s.CreateAsync((await NewBuilderAsync()).WithSla(ContractInputBuilder.Sla(officeHours: true)).BuildCreate()));

        var (types, from, leads) = await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            var columns = await db.Database.SqlQueryRaw<string>(
                "SELECT column_name || ':' || data_type AS \"Value\" FROM information_schema.columns WHERE table_name IN ('Contracts', 'ContractTerms')").ToListAsync();
            var window = await db.Database.SqlQuery<string>($"SELECT \"Sla\" -> 'CoverageWindows' -> 0 ->> 'From' AS \"Value\" FROM \"Contracts\" WHERE \"Id\" = {created.Id}").SingleAsync();
            var days = await db.Database.SqlQuery<string>($"SELECT array_to_string(\"ReminderLeadDays\", ',') AS \"Value\" FROM \"Contracts\" WHERE \"Id\" = {created.Id}").SingleAsync();
            return (columns, window, days);
        });

        Assert.Contains("Sla:jsonb", types);
        Assert.Contains("ReminderLeadDays:ARRAY", types);
        Assert.Contains("Start:date", types);
        Assert.Contains("NextNoticeDeadline:date", types);
        Assert.Contains("Value:numeric", types);
        Assert.StartsWith("07:30", from);
        Assert.Equal("90,60,30", leads);
    }

    [Fact]
    public async Task Should_Enforce_Unique_Numbers_Per_Vendor_In_The_Database_Only_Among_Contracts_Not_Deleted()
    {
        var builder = (await NewBuilderAsync()).Numbered("SC-2026-001");
        var first = await Contracts(s => s.CreateAsync(builder.BuildCreate()));

        // Bypass the manager's check: the partial unique index itself must refuse the duplicate.
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => InsertUncheckedAsync(first.VendorId, "sc-2026-001", first.Owner.Id));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(ex.InnerException).SqlState);

        var otherVendor = await NewVendorAsync();
        await InsertUncheckedAsync(otherVendor.Id, "SC-2026-001", first.Owner.Id);
        await _services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>().DeleteAsync(first.Id));
        await InsertUncheckedAsync(first.VendorId, "SC-2026-001", first.Owner.Id);
    }

    [Fact]
    public async Task Should_Filter_Listings_By_Status_And_Zone_Deadline_Windows_And_Refresh_Them_On_PostgreSql()
    {
        var builder = (await NewBuilderAsync()).Running(new DateOnly(2025, 4, 13), new DateOnly(2026, 4, 12))
            .Renewing(RenewalKind.Automatic, 1, PeriodUnit.Years, 1, PeriodUnit.Months);
        var kiritimati = await Contracts(s => s.CreateAsync(builder.Numbered("KIR").InZone("Pacific/Kiritimati").BuildCreate()));
        var honolulu = await Contracts(s => s.CreateAsync(builder.Numbered("HNL").InZone("Pacific/Honolulu").BuildCreate()));

        var within10 = await Contracts(s => s.GetListAsync(new GetContractListInput { NoticeDeadlineWithinDays = 10, Sorting = "nextNoticeDeadline desc" }));
        Assert.Equal([kiritimati.Id], within10.Items.Select(i => i.Id));
        Assert.Equal(2, (await Contracts(s => s.GetListAsync(new GetContractListInput { Status = ContractStatus.InNoticePeriod }))).TotalCount);

        // After 12 March (both zones), the renewal is certain; the listing refresh writes that without an edit.
        _services.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero));
        var renewed = await Contracts(s => s.GetListAsync(new GetContractListInput { Status = ContractStatus.Renewed }));
        Assert.Equal([honolulu.Id, kiritimati.Id], renewed.Items.Select(i => i.Id));
        Assert.All(renewed.Items, i => Assert.Equal(new DateOnly(2027, 3, 12), i.NextNoticeDeadline));
        Assert.Equal(honolulu.ConcurrencyStamp, (await Contracts(s => s.GetAsync(honolulu.Id))).ConcurrencyStamp);

        // On 13 April the next terms start; the job records them.
        _services.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 14, 0, 0, 0, TimeSpan.Zero));
        var result = await _services.InScopeAsync(sp => sp.GetRequiredService<ContractScheduleRefresher>().RunAsync());
        Assert.Equal((2, 2, 0), (result.ContractsRolledOver, result.TermsRecorded, result.Failed));
    }

    [Fact]
    public async Task Should_Refuse_The_Second_Of_Two_Concurrent_Edits()
    {
        var builder = await NewBuilderAsync();
        var created = await Contracts(s => s.CreateAsync(builder.BuildCreate()));
        await using var first = _services.Provider.CreateAsyncScope();
        await using var second = _services.Provider.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<IContractAppService>();
        var b = second.ServiceProvider.GetRequiredService<IContractAppService>();
        var stampA = (await a.GetAsync(created.Id)).ConcurrencyStamp;
        var stampB = (await b.GetAsync(created.Id)).ConcurrencyStamp;

        await a.UpdateAsync(created.Id, builder.Titled("Edited by A").BuildUpdate(stampA));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => b.UpdateAsync(created.Id, builder.Titled("Edited by B").BuildUpdate(stampB)));
        Assert.Equal("Edited by A", (await Contracts(s => s.GetAsync(created.Id))).Title);
    }

    private async Task InsertUncheckedAsync(Guid vendorId, string number, Guid ownerId)
        => await _services.InScopeAsync(async sp =>
        {
            var manager = new ContractManager(new NoDuplicateCheckRepository(), sp.GetRequiredService<IVendorRepository>(), sp.GetRequiredService<IDicomNodeRepository>());
            var contract = await manager.CreateAsync(vendorId, number, ContractKind.Support, ownerId, "Europe/Amsterdam",
                new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), Now);
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
        });

    private async Task<ContractInputBuilder> NewBuilderAsync()
    {
        var vendor = await NewVendorAsync();
        var name = "owner-" + Guid.NewGuid().ToString("N")[..6];
        var owner = new AppUser(name, $"{name}@hospital.example.org", Now);
        await _services.InScopeAsync(async sp => Assert.True((await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(owner)).Succeeded));
        return new ContractInputBuilder(vendor.Id, owner.Id);
    }

    private Task<VendorDto> NewVendorAsync()
        => _services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().CreateAsync(new VendorInputBuilder().BuildCreate()));

    private Task<DicomNodeDto> NewNodeAsync(string name)
        => _services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
        {
            Name = name, AeTitle = "ARCHIVE", Host = "archive.hospital.local", Port = 104,
        }));

    private sealed class NoDuplicateCheckRepository : IContractRepository
    {
        public Task<Contract> GetAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<Contract?> FindByNumberAsync(Guid vendorId, string normalizedNumber, CancellationToken ct = default) => Task.FromResult<Contract?>(null);
        public Task InsertAsync(Contract contract, CancellationToken ct = default) => throw new NotSupportedException();
        public void Delete(Contract contract) => throw new NotSupportedException();
    }
}
