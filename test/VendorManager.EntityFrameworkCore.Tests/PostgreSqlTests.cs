using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

[Collection(PostgreSqlCollectionName.Value)]
public sealed class PostgreSqlTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync());
        _services.CurrentUser.ActAs(Guid.NewGuid(), "pacs.admin", "Administrator");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private Task<T> Vendors<T>(Func<IVendorAppService, Task<T>> action)
        => _services.InScopeAsync(sp => action(sp.GetRequiredService<IVendorAppService>()));

    [Fact]
    public async Task Should_Apply_Every_PostgreSql_Migration_And_Leave_None_Pending()
    {
        await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            Assert.True(db.IsPostgreSql);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            var tables = await db.Database.SqlQueryRaw<string>(
                "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'").ToListAsync();
            Assert.Contains("Vendors", tables);
            Assert.Contains("EntityChanges", tables);
            Assert.Contains("DataProtectionKeys", tables);
        });
    }

    [Fact]
    public async Task Should_Keep_A_Days_Hour_Rollups_In_One_Row_Updated_Probe_By_Probe()
    {
        var nodeId = Guid.NewGuid();
        var day = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        // One unit of work per probe, as the writer does: each save must see the new packed hours as a change.
        for (var minute = 0; minute < 180; minute += 30)
            await _services.InScopeAsync(async sp =>
            {
                var evidence = sp.GetRequiredService<IEvidenceRepository>();
                var rollup = await evidence.FindDailyRollupAsync(nodeId, day);
                if (rollup is null)
                {
                    rollup = DailyRollup.Start(nodeId, day);
                    evidence.AddDailyRollup(rollup);
                }
                rollup.Add(new ProbeObservation(nodeId, day.AddMinutes(minute), ProbeState.Up, ProbeReason.Ok, latencyMs: 1 + minute / 10.0));
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            });

        var (rows, hours) = await _services.InScopeAsync(async sp =>
            (await sp.GetRequiredService<VendorManagerDbContext>().DailyRollups.CountAsync(r => r.NodeId == nodeId),
             await sp.GetRequiredService<IEvidenceRepository>().GetRollupsAsync(nodeId, RollupGranularity.Hour, day, day.AddDays(1))));

        Assert.Equal(1, rows);
        Assert.Equal([(day, 2, 1.0, 4.0), (day.AddHours(1), 2, 7.0, 10.0), (day.AddHours(2), 2, 13.0, 16.0)],
            hours.Select(h => (h.BucketStart, h.ProbeCount, h.LatencyMinMs!.Value, h.LatencyMaxMs!.Value)));
    }

    [Fact]
    public async Task Should_Refuse_The_Second_Of_Two_Concurrent_Edits()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Sectra").BuildCreate()));

        // Two editors load the same vendor in their own units of work before either saves.
        await using var first = _services.Provider.CreateAsyncScope();
        await using var second = _services.Provider.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<IVendorAppService>();
        var b = second.ServiceProvider.GetRequiredService<IVendorAppService>();
        var stampA = (await a.GetAsync(created.Id)).ConcurrencyStamp;
        var stampB = (await b.GetAsync(created.Id)).ConcurrencyStamp;

        await a.UpdateAsync(created.Id, new VendorInputBuilder().Named("Sectra AB").BuildUpdate(stampA));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            b.UpdateAsync(created.Id, new VendorInputBuilder().Named("Sectra Imaging").BuildUpdate(stampB)));

        Assert.Equal("Sectra AB", (await Vendors(s => s.GetAsync(created.Id))).Name);
    }

    [Fact]
    public async Task Should_Hide_Soft_Deleted_Vendors_From_Queries_But_Keep_Their_Rows()
    {
        var kept = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Kept").BuildCreate()));
        var gone = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Gone").WithContact("Desk", "desk@gone.example.com", 1).BuildCreate()));
        await _services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().DeleteAsync(gone.Id));

        var list = await Vendors(s => s.GetListAsync(new GetVendorListInput()));
        Assert.Equal([kept.Id], list.Items.Select(v => v.Id));
        var (visible, all) = await _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            return (await db.Vendors.CountAsync(), await db.Vendors.IgnoreQueryFilters().CountAsync());
        });
        Assert.Equal((1, 2), (visible, all));
    }

    [Fact]
    public async Task Should_Enforce_Unique_Names_In_The_Database_Only_Among_Vendors_Not_Deleted()
    {
        var first = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Unique").BuildCreate()));
        // Bypass the registrar: the partial unique index itself must refuse a duplicate.
        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            var registrar = new VendorRegistrar(new NoDuplicateCheckRepository());
            await db.Vendors.AddAsync(await registrar.CreateAsync("UNIQUE", VendorKind.Pacs));
            await db.SaveChangesAsync();
        }));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(ex.InnerException).SqlState);

        await _services.InScopeAsync(sp => sp.GetRequiredService<IVendorAppService>().DeleteAsync(first.Id));
        await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Unique").BuildCreate()));
    }

    private sealed class NoDuplicateCheckRepository : IVendorRepository
    {
        public Task<Vendor> GetAsync(Guid id, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<Vendor?> FindByNormalizedNameAsync(string normalizedName, CancellationToken ct = default) => Task.FromResult<Vendor?>(null);
        public Task<(IReadOnlyList<Vendor> Items, int TotalCount)> ListAsync(VendorQuery query, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default) => throw new NotSupportedException();
        public Task InsertAsync(Vendor vendor, CancellationToken ct = default) => throw new NotSupportedException();
        public void Delete(Vendor vendor) => throw new NotSupportedException();
    }
}
