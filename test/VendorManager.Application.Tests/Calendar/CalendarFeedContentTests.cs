using VendorManager.Calendar;
using VendorManager.Contracts;
using Xunit;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>What the feed holds, rendered through the application service from contracts on SQLite (now: 2 March 2026, 09:00 UTC).</summary>
public sealed class CalendarFeedContentTests : CalendarTestBase
{
    [Fact]
    public async Task Should_Publish_Notice_Deadlines_Ends_And_Certain_Renewals_Of_Running_Contracts_As_All_Day_Events()
    {
        await ActAsSubscriberAsync();
        var vendor = await NewVendorAsync("Sectra");
        var owner = await NewUserAsync();
        var byDecision = await CreateAsync(new VendorManager.TestBase.Builders.ContractInputBuilder(vendor.Id, owner.Id).Numbered("SC-100")
            .Renewing(RenewalKind.ExplicitDecision, 1, PeriodUnit.Years, 3, PeriodUnit.Months));
        // Signed in 2023 and renewed tacitly since: the deadline is the current term's, 30 September 2026.
        var tacit = await CreateAsync(new VendorManager.TestBase.Builders.ContractInputBuilder(vendor.Id, owner.Id).Numbered("SC-200")
            .Running(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        var terminated = await CreateAsync((await NewContractInputAsync()).Numbered("GONE-1"));
        await Contracts(s => s.TerminateAsync(terminated.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 6, 30), Reason = "Replaced" }));
        await CreateAsync((await NewContractInputAsync()).Numbered("GONE-2").Renewing(RenewalKind.None).Running(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)));
        var deleted = await CreateAsync((await NewContractInputAsync()).Numbered("GONE-3"));
        await WithAsync<IContractAppService>(s => s.DeleteAsync(deleted.Id));
        var feed = await CreateFeedAsync();

        var calendar = Parse(await FeedTextAsync(feed.Token));

        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ThenBy(e => e.Summary).Select(e => (e.Summary, e.DtStart!.Date)).ToList();
        Assert.Equal(
        [
            ("Notice deadline: Sectra SC-100", new DateOnly(2026, 9, 30)),
            ("Notice deadline: Sectra SC-200", new DateOnly(2026, 9, 30)),
            ("Contract ends: Sectra SC-100", new DateOnly(2026, 12, 31)),
            ("Renewal: Sectra SC-200", new DateOnly(2027, 1, 1)),
            ("Notice deadline: Sectra SC-200", new DateOnly(2027, 9, 30)),
            ("Renewal: Sectra SC-200", new DateOnly(2028, 1, 1)),
        ], events);
        Assert.All(calendar.Events, e =>
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.False(e.DtEnd!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd.Date);
        });

        var deadline = calendar.Events.Single(e => e.Summary == "Notice deadline: Sectra SC-200" && e.DtStart!.Date == new DateOnly(2026, 9, 30));
        Assert.Equal($"contract-{tacit.Id:N}-notice-deadline-20260930@vendormanager", deadline.Uid);
        Assert.Equal(new Uri($"https://vm.hospital.example/Contracts/{tacit.Id}"), deadline.Url);
        Assert.Contains("Without notice the contract renews automatically on 2027-01-01 for 1 year.", deadline.Description);
        Assert.Contains("Term 4: 2026-01-01 to 2026-12-31. Days are whole days in Europe/Amsterdam.", deadline.Description);
        Assert.Contains($"https://vm.hospital.example/Contracts/{tacit.Id}", deadline.Description);
        Assert.Equal("Notice deadline", Assert.Single(deadline.Categories));
        Assert.Single(deadline.Alarms);
        var end = calendar.Events.Single(e => e.Summary == "Contract ends: Sectra SC-100");
        Assert.Equal($"contract-{byDecision.Id:N}-end-20261231@vendormanager", end.Uid);
        Assert.Empty(end.Alarms);
    }

    [Theory]
    // The day the clocks go forward in the contract's zone, and one where the UTC date is already the next day.
    [InlineData("Europe/Amsterdam", "2026-03-29")]
    [InlineData("America/New_York", "2026-03-08")]
    [InlineData("Europe/Amsterdam", "2026-10-25")]
    [InlineData("Pacific/Auckland", "2026-04-05")]
    [InlineData("Pacific/Kiritimati", "2026-03-03")]
    public async Task Should_Put_Each_Deadline_On_Its_Local_Day_However_Far_The_Zone_Is_From_Utc(string zone, string endIso)
    {
        await ActAsSubscriberAsync();
        var end = DateOnly.ParseExact(endIso, "yyyy-MM-dd");
        var contract = await CreateAsync((await NewContractInputAsync()).InZone(zone).Renewing(RenewalKind.None)
            .Running(new DateOnly(2025, 6, 1), end));
        var feed = await CreateFeedAsync();

        var text = await FeedTextAsync(feed.Token);

        Assert.Contains($"DTSTART;VALUE=DATE:{end:yyyyMMdd}\r\n", text);
        Assert.Contains($"DTEND;VALUE=DATE:{end.AddDays(1):yyyyMMdd}\r\n", text);
        Assert.Contains($"UID:contract-{contract.Id:N}-end-{end:yyyyMMdd}@vendormanager\r\n", text);
        Assert.DoesNotContain("DTSTART:", text);
        Assert.DoesNotContain("VTIMEZONE", text);
    }

    [Fact]
    public async Task Should_Keep_The_Same_Bytes_And_Uids_Until_A_Date_Moves()
    {
        await ActAsSubscriberAsync();
        var builder = (await NewContractInputAsync()).Renewing(RenewalKind.ExplicitDecision, 1, PeriodUnit.Years, 3, PeriodUnit.Months);
        var contract = await CreateAsync(builder);
        var feed = await CreateFeedAsync();
        var first = (await RenderAsync(feed.Token))!;
        Services.Clock.Advance(TimeSpan.FromHours(5));

        var again = (await RenderAsync(feed.Token))!;
        Assert.Equal(first.Content, again.Content);
        Assert.Equal(first.ETag, again.ETag);

        // A new title changes the text, not the identity of the events.
        var retitled = await Contracts(s => s.UpdateAsync(contract.Id, builder.Titled("Archive maintenance").BuildUpdate(contract.ConcurrencyStamp)));
        var afterRetitle = Parse(await FeedTextAsync(feed.Token));
        Assert.Equal(Uids(Parse(System.Text.Encoding.UTF8.GetString(first.Content))), Uids(afterRetitle));
        Assert.NotEqual(first.ETag, (await RenderAsync(feed.Token))!.ETag);

        // A later end is a new event; the old one leaves the feed, so a client drops it.
        await Contracts(s => s.UpdateAsync(contract.Id, builder.BuildUpdate(retitled.ConcurrencyStamp, latestEnd: new DateOnly(2027, 3, 31))));
        var moved = Uids(Parse(await FeedTextAsync(feed.Token)));
        Assert.Equal(
            [$"contract-{contract.Id:N}-end-20270331@vendormanager", $"contract-{contract.Id:N}-notice-deadline-20261231@vendormanager"],
            moved);
    }

    [Fact]
    public async Task Should_Give_A_Tacitly_Renewed_Contract_The_Current_Terms_Deadline_After_The_Clock_Moves_On()
    {
        await ActAsSubscriberAsync();
        var contract = await CreateAsync(await NewContractInputAsync());
        var feed = await CreateFeedAsync();

        // Two years on, nobody recorded the renewals: the deadline is 30 September 2028, the current term's.
        Services.Clock.SetUtcNow(new DateTimeOffset(2028, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var dates = Parse(await FeedTextAsync(feed.Token)).Events
            .Where(e => e.Summary!.StartsWith("Notice deadline", StringComparison.Ordinal)).Select(e => e.DtStart!.Date).Order().ToList();

        Assert.Equal([new DateOnly(2028, 9, 30), new DateOnly(2029, 9, 30)], dates);
        Assert.Equal(new DateOnly(2028, 9, 30), (await Contracts(s => s.GetDeadlinesAsync(contract.Id))).NextNoticeDeadline!.Date);
    }

    private static string[] Uids(Ical.Net.Calendar calendar) => calendar.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal).ToArray();
}
