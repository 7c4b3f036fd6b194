using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using VendorManager.Calendar;
using VendorManager.Identity;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>
/// Feeds through the API, and the feed as a calendar client fetches it: anonymously, by the secret
/// in its URL alone, with nothing that distinguishes a revoked feed from one that never existed.
/// </summary>
public sealed class CalendarFeedApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private async Task<IssuedCalendarFeedDto> CreateFeedAsync(HttpClient client, string name = "Outlook")
    {
        using var response = await client.PostAsJsonAsync("/api/calendar/feeds", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = (await response.Content.ReadFromJsonAsync<IssuedCalendarFeedDto>(Json.Options))!;
        Assert.Equal(new Uri(issued.Url), response.Headers.Location);
        return issued;
    }

    /// <summary>A calendar client: no cookies, no Authorization header, nothing but the URL.</summary>
    private HttpClient CalendarClient() => fixture.Factory.CreateNoRedirectClient();

    [Fact]
    public async Task Should_Serve_The_Feed_Anonymously_By_Its_Secret_As_Text_Calendar()
    {
        var contract = await fixture.NewContractAsync();
        var issued = await CreateFeedAsync(fixture.Admin);
        Assert.StartsWith("http://localhost/calendar/vmcal_", issued.Url);

        using var response = await CalendarClient().GetAsync(new Uri(issued.Url).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.Contains($"UID:contract-{contract.Id:N}-notice-deadline-", text);
        Assert.Contains($"URL:http://localhost/Contracts/{contract.Id}\r\n", text);
    }

    [Fact]
    public async Task Should_Answer_304_While_The_Feed_Is_Unchanged()
    {
        await fixture.NewContractAsync();
        var issued = await CreateFeedAsync(fixture.Admin);
        var path = new Uri(issued.Url).PathAndQuery;
        using var first = await CalendarClient().GetAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await CalendarClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Should_List_And_Revoke_Own_Feeds_After_Which_The_Feed_Is_Not_Found()
    {
        var (_, token) = await fixture.Factory.CreateUserWithTokenAsync(VendorManagerRoles.Auditor);
        var client = fixture.Factory.CreateTokenClient(token);
        var issued = await CreateFeedAsync(client, "Phone");
        var path = new Uri(issued.Url).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await CalendarClient().GetAsync(path)).StatusCode);

        var listed = Assert.Single((await client.GetFromJsonAsync<CalendarFeedDto[]>("/api/calendar/feeds", Json.Options))!);
        Assert.Equal((issued.Id, "Phone"), (listed.Id, listed.Name));
        Assert.NotNull(listed.LastUsedAt);
        Assert.DoesNotContain(issued.Token, await client.GetStringAsync("/api/calendar/feeds"));

        // Someone else cannot revoke it: to them it does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.DeleteAsync($"/api/calendar/feeds/{issued.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/calendar/feeds/{issued.Id}")).StatusCode);

        using var revoked = await CalendarClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.NotNull((await client.GetFromJsonAsync<CalendarFeedDto[]>("/api/calendar/feeds", Json.Options))![0].RevokedAt);
        using var unknown = await CalendarClient().GetAsync("/calendar/vmcal_" + new string('A', 43) + ".ics");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // Revoked and unknown look alike: same status, same (empty) body, same headers.
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await revoked.Content.ReadAsStringAsync());
        Assert.Equal(unknown.Content.Headers.ContentType?.ToString(), revoked.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/calendar/.ics")]
    [InlineData("/calendar/not-a-secret.ics")]
    [InlineData("/calendar/vmcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/calendar/vmcal_%2e%2e%2fetc.ics")]
    public async Task Should_Answer_404_To_Anything_But_A_Live_Secret(string path)
    {
        using var response = await CalendarClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_Stop_A_Feed_Whose_Owner_Loses_The_Permission_Or_Is_Disabled()
    {
        var (demoted, demotedToken) = await fixture.Factory.CreateUserWithTokenAsync(VendorManagerRoles.Procurement);
        var (disabled, disabledToken) = await fixture.Factory.CreateUserWithTokenAsync(VendorManagerRoles.ContractAdmin);
        var demotedFeed = new Uri((await CreateFeedAsync(fixture.Factory.CreateTokenClient(demotedToken))).Url).PathAndQuery;
        var disabledFeed = new Uri((await CreateFeedAsync(fixture.Factory.CreateTokenClient(disabledToken))).Url).PathAndQuery;

        await SetUserAsync(demoted, isActive: true, roles: []);
        await SetUserAsync(disabled, isActive: false, roles: [VendorManagerRoles.ContractAdmin]);

        Assert.Equal(HttpStatusCode.NotFound, (await CalendarClient().GetAsync(demotedFeed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CalendarClient().GetAsync(disabledFeed)).StatusCode);

        await SetUserAsync(demoted, isActive: true, roles: [VendorManagerRoles.Auditor]);
        Assert.Equal(HttpStatusCode.OK, (await CalendarClient().GetAsync(demotedFeed)).StatusCode);
    }

    [Fact]
    public async Task Should_Refuse_A_Feed_To_Someone_Who_May_Not_Read_Contracts()
    {
        var (_, token) = await fixture.Factory.CreateUserWithTokenAsync(role: null);

        using var response = await fixture.Factory.CreateTokenClient(token).PostAsJsonAsync("/api/calendar/feeds", new { name = "Outlook" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_Answer_A_Nameless_Feed_With_400()
    {
        using var response = await fixture.Admin.PostAsJsonAsync("/api/calendar/feeds", new { name = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_Give_The_Deadlines_Of_The_Coming_Months()
    {
        var contract = await fixture.NewContractAsync(renewalKind: "ExplicitDecision");

        var calendar = (await fixture.Admin.GetFromJsonAsync<ContractCalendarDto>($"/api/calendar/deadlines?months=24&kind=End", Json.Options))!;

        var end = Assert.Single(calendar.Items, i => i.ContractId == contract.Id);
        Assert.Equal((ContractDeadlineKind.End, contract.Terms[^1].End), (end.Kind, end.Date));
        Assert.All(calendar.Items, i => Assert.Equal(ContractDeadlineKind.End, i.Kind));
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Admin.GetAsync("/api/calendar/deadlines?months=0")).StatusCode);
    }

    private async Task SetUserAsync(AppUser user, bool isActive, string[] roles)
    {
        var current = (await fixture.Admin.GetFromJsonAsync<VendorManager.Users.UserDto>($"/api/users/{user.Id}", Json.Options))!;
        using var response = await fixture.Admin.PutAsJsonAsync($"/api/users/{user.Id}",
            new { email = current.Email, isActive, roles, concurrencyStamp = current.ConcurrencyStamp });
        response.EnsureSuccessStatusCode();
    }
}
