using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Application.Tests.Contracts;
using VendorManager.Calendar;
using VendorManager.Identity;
using VendorManager.Seeding;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>Contracts plus a subscriber: a real user with a role, acting as the current user, who creates feeds.</summary>
public abstract class CalendarTestBase : ContractTestBase
{
    protected static readonly Uri RequestRoot = new("https://vm.hospital.example/");

    protected AppUser Subscriber { get; private set; } = null!;

    /// <summary>Creates a user in <paramref name="role"/> (none when null) and acts as them.</summary>
    protected async Task<AppUser> ActAsSubscriberAsync(string? role = VendorManagerRoles.Procurement)
    {
        await WithAsync<IdentityDataSeeder>(s => s.SeedAsync());
        var user = await NewUserAsync("subscriber-" + Guid.NewGuid().ToString("N")[..6]);
        if (role is not null) await WithUsersAsync(async users => await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, role));
        Services.CurrentUser.ActAs(user.Id, user.UserName!, role is null ? [] : [role]);
        Subscriber = user;
        return user;
    }

    protected Task WithUsersAsync(Func<UserManager<AppUser>, Task<IdentityResult>> change)
        => Services.InScopeAsync(async sp =>
        {
            var result = await change(sp.GetRequiredService<UserManager<AppUser>>());
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        });

    protected Task<T> Feeds<T>(Func<ICalendarFeedAppService, Task<T>> action) => WithAsync(action);

    protected Task<IssuedCalendarFeedDto> CreateFeedAsync(string name = "Outlook")
        => Feeds(s => s.CreateAsync(new CreateCalendarFeedInput { Name = name }, RequestRoot));

    protected Task<CalendarFeedDocument?> RenderAsync(string secret) => Feeds(s => s.RenderAsync(secret, RequestRoot));

    /// <summary>The feed's text, failing when the feed does not answer.</summary>
    protected async Task<string> FeedTextAsync(string secret)
        => Encoding.UTF8.GetString((await RenderAsync(secret) ?? throw new InvalidOperationException("The feed did not answer.")).Content);

    protected static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("Not iCalendar.");
}
