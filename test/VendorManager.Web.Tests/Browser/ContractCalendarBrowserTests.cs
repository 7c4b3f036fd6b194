using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using VendorManager.TestBase.Servers;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Browser;

/// <summary>
/// A contract with SLA terms, made through the API as a script would (the contract pages come
/// later; this test then makes it through them), seen on the calendar page in Debian's Chromium,
/// filtered, and subscribed to: the feed answers a client with no cookies. The app runs in its own
/// process, so its request log can be checked for the feed's secret.
/// </summary>
public sealed class ContractCalendarBrowserTests : IAsyncLifetime
{
    private BrowserSession _session = null!;
    private AppProcess App => _session.App;

    public async Task InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Should_Show_A_New_Contracts_Deadlines_On_The_Calendar_And_Subscribe_To_Them()
    {
        using var api = await SignedInApiAsync();
        var (contractId, vendorId, number) = await CreateContractWithSlaAsync(api, "Agfa Browser Test");
        await CreateContractWithSlaAsync(api, "Other Vendor Browser Test");
        var deadlines = await api.GetFromJsonAsync<JsonElement>($"/api/contracts/{contractId}/deadlines");
        var noticeDeadline = deadlines.GetProperty("noticeDeadline").GetProperty("date").GetString();
        var end = deadlines.GetProperty("end").GetProperty("date").GetString();

        var page = await _session.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserSession.SignInAsAdminAsync(page);
        await page.ClickAsync("nav a:text-is('Calendar')");
        await page.WaitForURLAsync("**/Calendar");

        var notice = page.Locator($"tr.deadline[data-contract-id='{contractId}'][data-kind='NoticeDeadline']");
        var ending = page.Locator($"tr.deadline[data-contract-id='{contractId}'][data-kind='End']");
        Assert.Equal(noticeDeadline, await notice.GetAttributeAsync("data-date"));
        Assert.Equal(end, await ending.GetAttributeAsync("data-date"));
        Assert.Contains($"Agfa Browser Test {number}", await notice.InnerTextAsync());
        Assert.Contains("Last day to give notice or decide on renewal", await notice.InnerTextAsync());
        Assert.Equal($"/Contracts/{contractId}", await notice.Locator("a").GetAttributeAsync("href"));
        Assert.Contains("Other Vendor Browser Test", await page.InnerTextAsync("#agenda"));
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "calendar.png"), FullPage = true });

        await page.SelectOptionAsync("#vendor-filter", vendorId.ToString());
        await page.SelectOptionAsync("#kind-filter", "End");
        await page.ClickAsync("button:has-text('Show')");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Calendar\\?vendor="));
        Assert.Equal(1, await page.Locator("tr.deadline").CountAsync());
        Assert.Equal(end, await page.Locator("tr.deadline").GetAttributeAsync("data-date"));

        await page.FillAsync("#FeedInput_Name", "Outlook on the ward PC");
        await page.ClickAsync("#create-feed");
        var feedUrl = await page.InputValueAsync("#feed-url");
        await page.ClickAsync("[data-copy-target='#feed-url']");
        await page.WaitForSelectorAsync("[data-copy-status]:not(:empty)");
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "calendar-subscribe.png"), FullPage = true });
        Assert.Equal(1, await page.Locator("#feeds tbody tr", new() { HasText = "Outlook on the ward PC" }).CountAsync());

        // Outlook's servers fetch the URL with nothing else: no cookie, no header.
        using var calendarClient = new HttpClient();
        using var feed = await calendarClient.GetAsync(feedUrl);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        // Long lines are folded (CRLF and a space); the UID is one of them.
        var ics = (await feed.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"UID:contract-{contractId:N}-notice-deadline-{noticeDeadline!.Replace("-", "", StringComparison.Ordinal)}@vendormanager", ics);
        Assert.Contains($"DTSTART;VALUE=DATE:{end!.Replace("-", "", StringComparison.Ordinal)}", ics);

        // The request log names the feed without its secret.
        var secret = feedUrl[(feedUrl.LastIndexOf('/') + 1)..^".ics".Length];
        await WaitForAsync(() => App.Output.Contains("/calendar/{secret}.ics", StringComparison.Ordinal));
        Assert.DoesNotContain(secret, App.Output, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInApiAsync()
    {
        var api = new HttpClient { BaseAddress = App.BaseAddress };
        using var signIn = await api.PostAsJsonAsync("/api/token", new { userName = "admin", password = BrowserSession.AdminPassword });
        signIn.EnsureSuccessStatusCode();
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>A year's contract renewed by decision with three months' notice, started 100 days ago, so both deadlines fall in the next 12 months.</summary>
    private static async Task<(Guid ContractId, Guid VendorId, string Number)> CreateContractWithSlaAsync(HttpClient api, string vendorName)
    {
        using var vendorResponse = await api.PostAsJsonAsync("/api/vendors", new { name = vendorName, kinds = "Pacs" });
        vendorResponse.EnsureSuccessStatusCode();
        var vendorId = (await vendorResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var users = await api.GetFromJsonAsync<JsonElement>("/api/users");
        var ownerId = users.EnumerateArray().First(u => u.GetProperty("userName").GetString() == "admin").GetProperty("id").GetGuid();

        var body = PermissionMatrixFixture.ContractBody(vendorId, ownerId, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100), "ExplicitDecision");
        using var contractResponse = await api.PostAsJsonAsync("/api/contracts", body);
        if (!contractResponse.IsSuccessStatusCode) throw new InvalidOperationException(await contractResponse.Content.ReadAsStringAsync());
        var contractId = (await contractResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var sla = await api.PutAsJsonAsync($"/api/contracts/{contractId}/sla", PermissionMatrixFixture.SlaBody());
        if (!sla.IsSuccessStatusCode) throw new InvalidOperationException(await sla.Content.ReadAsStringAsync());
        return (contractId, vendorId, (string)body["number"]!);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "The request log never showed the feed request.");
    }
}
