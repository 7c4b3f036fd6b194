using System.Net;
using System.Text.RegularExpressions;
using VendorManager.Identity;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The calendar page as a browser uses it: the agenda with its filters, and feeds created and revoked by form.</summary>
public sealed partial class CalendarPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private HttpClient Procurement => fixture.PageClient(VendorManagerRoles.Procurement);

    [Fact]
    public async Task Should_Show_The_Deadlines_By_Month_Linked_To_Their_Contracts_And_Filter_Them()
    {
        var contract = await fixture.NewContractAsync(renewalKind: "ExplicitDecision");
        var other = await fixture.NewContractAsync();

        var html = await Procurement.GetStringAsync("/Calendar");

        Assert.Contains($"href=\"/Contracts/{contract.Id}\"", html);
        Assert.Contains($"data-contract-id=\"{contract.Id}\" data-kind=\"NoticeDeadline\"", html);
        Assert.Contains($"data-contract-id=\"{contract.Id}\" data-kind=\"End\" data-date=\"{contract.Terms[^1].End:yyyy-MM-dd}\"", html);
        Assert.Contains($"<h2 class=\"h5\" id=\"month-{contract.Terms[^1].End:yyyy-MM}\">", html);
        Assert.Contains($"data-contract-id=\"{other.Id}\"", html);
        Assert.Contains("<a class=\"nav-link\" href=\"/Calendar\">Calendar</a>", html);

        var filtered = await Procurement.GetStringAsync($"/Calendar?vendor={contract.VendorId}&kind=End&months=24");
        Assert.Contains($"data-contract-id=\"{contract.Id}\" data-kind=\"End\"", filtered);
        Assert.DoesNotContain("data-kind=\"NoticeDeadline\"", filtered);
        Assert.DoesNotContain($"data-contract-id=\"{other.Id}\"", filtered);
    }

    [Fact]
    public async Task Should_Show_A_New_Feeds_Address_Once_And_Revoke_It()
    {
        await fixture.NewContractAsync();
        var created = await AntiforgeryForm.PostAsync(Procurement, "/Calendar?handler=CreateFeed", [new("FeedInput.Name", "Outlook on the ward PC")]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync();
        var url = FeedUrl().Match(html).Groups[1].Value;
        Assert.StartsWith("http://localhost/calendar/vmcal_", url);
        Assert.Contains("data-copy-target=\"#feed-url\"", html);
        Assert.Contains("Outlook on the ward PC", html);

        var path = new Uri(url).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateNoRedirectClient().GetAsync(path)).StatusCode);
        var page = await Procurement.GetStringAsync("/Calendar");
        Assert.DoesNotContain(path, page);

        var feedId = RevokeForms().Matches(page).Select(m => FeedId().Match(m.Groups[1].Value).Groups[1].Value).First();
        var revoked = await AntiforgeryForm.PostAsync(Procurement, $"/Calendar?handler=RevokeFeed&id={feedId}", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("Calendar feed revoked", await Procurement.GetStringAsync(revoked.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Factory.CreateNoRedirectClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Should_Keep_A_Nameless_Feed_Off_With_An_Inline_Message()
    {
        var response = await AntiforgeryForm.PostAsync(Procurement, "/Calendar?handler=CreateFeed", [new("FeedInput.Name", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"feed-url\"", html);
        Assert.Contains("field-validation-error", html);
    }

    [GeneratedRegex("id=\"feed-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();

    [GeneratedRegex("action=\"([^\"]*handler=RevokeFeed[^\"]*)\"")]
    private static partial Regex RevokeForms();

    [GeneratedRegex("[?;]id=([0-9a-f-]{36})")]
    private static partial Regex FeedId();
}
