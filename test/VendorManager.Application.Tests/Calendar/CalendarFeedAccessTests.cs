using VendorManager.Calendar;
using VendorManager.Identity;
using Xunit;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>Who may hold a feed, and when one stops answering.</summary>
public sealed class CalendarFeedAccessTests : CalendarTestBase
{
    [Fact]
    public async Task Should_Show_A_New_Feeds_Address_Once_And_List_It_Without_The_Secret()
    {
        await ActAsSubscriberAsync();

        var issued = await CreateFeedAsync("  Outlook on the ward PC ");

        Assert.Equal("Outlook on the ward PC", issued.Name);
        Assert.Equal($"https://vm.hospital.example/calendar/{issued.Token}.ics", issued.Url);
        Assert.Equal($"webcal://vm.hospital.example/calendar/{issued.Token}.ics", issued.WebcalUrl);
        var listed = Assert.Single(await Feeds(s => s.GetMyFeedsAsync()));
        Assert.Equal((issued.Id, "Outlook on the ward PC", (DateTime?)null, (DateTime?)null), (listed.Id, listed.Name, listed.LastUsedAt, listed.RevokedAt));
    }

    [Fact]
    public async Task Should_Use_The_Configured_Base_Url_Over_The_Requests_Own()
    {
        await using var services = await VendorManager.TestBase.TestServices.SqliteAsync(new Dictionary<string, string?> { ["App:BaseUrl"] = "https://pacs.hospital.example/vendormanager" });
        var options = services.Provider.GetService(typeof(Microsoft.Extensions.Options.IOptions<VendorManager.Common.AppOptions>)) as Microsoft.Extensions.Options.IOptions<VendorManager.Common.AppOptions>;

        Assert.Equal(new Uri("https://pacs.hospital.example/vendormanager/"), options!.Value.SiteRoot(RequestRoot));
        Assert.Equal(new Uri("https://pacs.hospital.example/vendormanager/calendar/vmcal_x.ics"),
            CalendarFeedAppService.FeedUrl(options.Value.SiteRoot(RequestRoot), "vmcal_x"));
        Assert.Equal(new Uri("https://pacs.hospital.example/vendormanager/Contracts/00000000-0000-0000-0000-000000000000"),
            ContractDeadlineEventSource.ContractLink(options.Value.SiteRoot(RequestRoot), Guid.Empty));
        Assert.NotNull(new VendorManager.Common.AppOptions { BaseUrl = "pacs.hospital.example" }.Problem());
        Assert.NotNull(new VendorManager.Common.AppOptions { BaseUrl = "ftp://pacs.hospital.example" }.Problem());
        Assert.Null(new VendorManager.Common.AppOptions { BaseUrl = "" }.Problem());
    }

    [Fact]
    public async Task Should_Answer_Until_Revoked_And_Record_When_It_Was_Last_Fetched()
    {
        await ActAsSubscriberAsync();
        await CreateAsync(await NewContractInputAsync());
        var issued = await CreateFeedAsync();

        Assert.NotNull(await RenderAsync(issued.Token));
        Assert.Equal(Now, (await Feeds(s => s.GetMyFeedsAsync()))[0].LastUsedAt);

        await WithAsync<ICalendarFeedAppService>(s => s.RevokeAsync(issued.Id));

        Assert.Null(await RenderAsync(issued.Token));
        Assert.Equal(Now, (await Feeds(s => s.GetMyFeedsAsync()))[0].RevokedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("vmcal_")]
    [InlineData("vmcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../etc/passwd")]
    public async Task Should_Not_Answer_An_Unknown_Or_Malformed_Secret(string secret)
    {
        await ActAsSubscriberAsync();
        await CreateFeedAsync();

        Assert.Null(await RenderAsync(secret));
    }

    [Fact]
    public async Task Should_Stop_Answering_When_The_Owner_Is_Disabled_Or_Loses_The_Permission()
    {
        var disabled = await ActAsSubscriberAsync(VendorManagerRoles.Auditor);
        var disabledFeed = await CreateFeedAsync();
        var demoted = await ActAsSubscriberAsync(VendorManagerRoles.ContractAdmin);
        var demotedFeed = await CreateFeedAsync();
        Assert.NotNull(await RenderAsync(disabledFeed.Token));
        Assert.NotNull(await RenderAsync(demotedFeed.Token));

        await WithUsersAsync(async users =>
        {
            var user = (await users.FindByIdAsync(disabled.Id.ToString()))!;
            user.IsActive = false;
            return await users.UpdateAsync(user);
        });
        await WithUsersAsync(async users => await users.RemoveFromRoleAsync((await users.FindByIdAsync(demoted.Id.ToString()))!, VendorManagerRoles.ContractAdmin));

        Assert.Null(await RenderAsync(disabledFeed.Token));
        Assert.Null(await RenderAsync(demotedFeed.Token));
    }

    [Fact]
    public async Task Should_Not_Let_Anyone_Revoke_Another_Users_Feed()
    {
        await ActAsSubscriberAsync();
        var theirs = await CreateFeedAsync();
        await ActAsSubscriberAsync();

        await Assert.ThrowsAsync<EntityNotFoundException>(() => WithAsync<ICalendarFeedAppService>(s => s.RevokeAsync(theirs.Id)));
        Assert.Empty(await Feeds(s => s.GetMyFeedsAsync()));
        Assert.NotNull(await RenderAsync(theirs.Token));
    }

    [Fact]
    public async Task Should_Limit_The_Feeds_A_Person_Holds_At_Once()
    {
        await ActAsSubscriberAsync();
        var first = await CreateFeedAsync("first");
        for (var i = 1; i < CalendarFeedConsts.MaxActivePerUser; i++) await CreateFeedAsync($"feed {i}");

        var refused = await Assert.ThrowsAsync<BusinessException>(() => CreateFeedAsync("one too many"));
        Assert.Equal(CalendarErrorCodes.TooManyFeeds, refused.Code);

        await WithAsync<ICalendarFeedAppService>(s => s.RevokeAsync(first.Id));
        await CreateFeedAsync("in its place");
    }

    [Fact]
    public async Task Should_Refuse_A_Feed_Without_A_Name()
    {
        await ActAsSubscriberAsync();

        var refused = await Assert.ThrowsAsync<BusinessException>(() => CreateFeedAsync("  "));

        Assert.Equal((CalendarErrorCodes.NameRequired, "Name"), (refused.Code, refused.Field));
    }
}
