using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Identity;
using VendorManager.Jobs;
using VendorManager.TestBase.Servers;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>Production's shape: several app instances on one PostgreSQL.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class PostgreSqlHostsTests(PostgreSqlFixture postgres)
{
    [Fact]
    public async Task Two_Hosts_On_One_PostgreSql_Should_Accept_Each_Others_Sign_In_Cookie()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        await using var first = new VendorManagerWebFactory(connectionString, migrateOnStartup: true);
        var (client, cookies) = await CookieSignIn.SignInAsync(first, "admin", VendorManagerWebFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Vendors")).StatusCode);

        await using var second = new VendorManagerWebFactory(connectionString);
        var other = second.CreateDefaultClient(new CookieHandler(cookies));
        var response = await other.GetAsync("/Vendors");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign out admin", await response.Content.ReadAsStringAsync());

        // And the other way round: a cookie issued by the second host works on the first.
        var (_, secondCookies) = await CookieSignIn.SignInAsync(second, "admin", VendorManagerWebFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await first.CreateDefaultClient(new CookieHandler(secondCookies)).GetAsync("/Vendors")).StatusCode);
    }

    [Fact]
    public async Task The_Recurring_Purge_Job_Should_Run_Through_Hangfire_On_PostgreSql()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        await using var host = new VendorManagerWebFactory(connectionString, jobServer: true, migrateOnStartup: true);
        _ = host.Server;

        var (user, _) = await host.CreateUserWithTokenAsync(VendorManagerRoles.Auditor);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>();
            var longAgo = DateTime.UtcNow.AddDays(-100);
            db.ApiTokens.Add(ApiToken.Issue(user.Id, "long expired", longAgo, longAgo.AddDays(1)).Token);
            await db.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            // The registrar adds the recurring job in the background; trigger it once it exists.
            try
            {
                host.Services.GetRequiredService<IRecurringJobManager>().Trigger(PurgeExpiredApiTokensJob.RecurringJobId);
                break;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }

        int remaining;
        do
        {
            await Task.Delay(250);
            await using var scope = host.Services.CreateAsyncScope();
            remaining = await scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>().ApiTokens.CountAsync(t => t.Name == "long expired");
        } while (remaining > 0 && DateTime.UtcNow < deadline);

        Assert.Equal(0, remaining);
        await using var check = host.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<VendorManagerDbContext>().ApiTokens.CountAsync(t => t.UserId == user.Id));
    }
}
