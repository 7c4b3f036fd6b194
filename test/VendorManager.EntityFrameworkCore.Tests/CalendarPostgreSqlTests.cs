using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VendorManager.Calendar;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Seeding;
using VendorManager.TestBase;
using VendorManager.TestBase.Builders;
using VendorManager.TestBase.Servers;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>The calendar's reads and the feed tokens through the real PostgreSQL migrations.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class CalendarPostgreSqlTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private static readonly Uri Root = new("https://vm.hospital.example/");
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync());

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private Task<T> With<T, TService>(Func<TService, Task<T>> action) where TService : notnull
        => _services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    [Fact]
    public async Task Should_Read_Running_Contracts_With_Their_Terms_In_Order_And_Serve_Their_Feed()
    {
        var owner = await SubscriberAsync();
        var vendor = await With<VendorDto, IVendorAppService>(s => s.CreateAsync(new VendorInputBuilder().Named("Sectra").BuildCreate()));
        ContractInputBuilder Builder(string number) => new ContractInputBuilder(vendor.Id, owner.Id).Numbered(number);
        var tacit = await With<ContractDto, IContractAppService>(s => s.CreateAsync(Builder("SC-1").Running(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)).BuildCreate()));
        // Recording the renewals stores terms 2 to 4, so the terms come back from their own table.
        await _services.InScopeAsync(sp => sp.GetRequiredService<ContractScheduleRefresher>().RunAsync());
        var expired = await With<ContractDto, IContractAppService>(s => s.CreateAsync(Builder("SC-2").Renewing(RenewalKind.None).Running(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).BuildCreate()));
        var deleted = await With<ContractDto, IContractAppService>(s => s.CreateAsync(Builder("SC-3").BuildCreate()));
        await _services.InScopeAsync(sp => sp.GetRequiredService<IContractAppService>().DeleteAsync(deleted.Id));

        var rows = await With<IReadOnlyList<ContractCalendarRow>, IContractCalendarRepository>(r => r.ListRunningAsync());

        var row = Assert.Single(rows);
        Assert.Equal((tacit.Id, "SC-1", vendor.Id), (row.Id, row.Number, row.VendorId));
        Assert.Equal([1, 2, 3, 4], row.Schedule.Terms.Select(t => t.Sequence));
        Assert.Equal(new LocalDate(2026, 12, 31), row.Schedule.Terms[^1].End);
        Assert.Equal((ContractPeriod.Years(1), ContractPeriod.Months(3)), (row.Schedule.RenewalPeriod, row.Schedule.NoticePeriod));
        Assert.NotEqual(expired.Id, row.Id);

        var issued = await With<IssuedCalendarFeedDto, ICalendarFeedAppService>(s => s.CreateAsync(new CreateCalendarFeedInput { Name = "Outlook" }, Root));
        var feed = await With<CalendarFeedDocument?, ICalendarFeedAppService>(s => s.RenderAsync(issued.Token, Root));
        var text = Encoding.UTF8.GetString(feed!.Content).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"UID:contract-{tacit.Id:N}-notice-deadline-20260930@vendormanager\r\n", text);
        Assert.Contains($"UID:contract-{tacit.Id:N}-renewal-20270101@vendormanager\r\n", text);
        Assert.Equal(4, feed.EventCount);
    }

    [Fact]
    public async Task Should_Find_A_Feed_By_Its_Hash_And_Refuse_A_Second_Row_With_The_Same_Hash()
    {
        var owner = await SubscriberAsync();
        var issued = await With<IssuedCalendarFeedDto, ICalendarFeedAppService>(s => s.CreateAsync(new CreateCalendarFeedInput { Name = "Phone" }, Root));

        var found = await With<CalendarFeedToken?, ICalendarFeedTokenRepository>(r => r.FindByHashAsync(CalendarFeedToken.Hash(issued.Token)));
        Assert.Equal((issued.Id, owner.Id, "Phone"), (found!.Id, found.UserId, found.Name));

        var duplicate = await Assert.ThrowsAnyAsync<Exception>(() => _services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<VendorManagerDbContext>();
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "CalendarFeedTokens" ("Id", "UserId", "Name", "TokenHash", "CreatedAt") VALUES ({Guid.NewGuid()}, {owner.Id}, {"Copy"}, {found.TokenHash}, {DateTime.UtcNow})""");
        }));
        Assert.Contains("IX_CalendarFeedTokens_TokenHash", duplicate.ToString());
    }

    private async Task<AppUser> SubscriberAsync()
    {
        await _services.InScopeAsync(sp => sp.GetRequiredService<IdentityDataSeeder>().SeedAsync());
        var user = new AppUser("subscriber-" + Guid.NewGuid().ToString("N")[..6], "subscriber@hospital.example.org", DateTime.UtcNow);
        await _services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(user);
            await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, VendorManagerRoles.Auditor);
        });
        _services.CurrentUser.ActAs(user.Id, user.UserName!, VendorManagerRoles.Auditor);
        return user;
    }
}
