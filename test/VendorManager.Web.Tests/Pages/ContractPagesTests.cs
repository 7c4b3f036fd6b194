using System.Net;
using System.Net.Http.Json;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;
using static VendorManager.Web.Tests.Pages.ContractPageHtml;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The contract list, page and forms as a browser posts them: messages at their fields, conflicts, nothing lost.</summary>
public sealed class ContractPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private HttpClient Admin => fixture.PageClient(VendorManagerRoles.Administrator);

    private Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) => AntiforgeryForm.PostAsync(Admin, url, fields);

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<ContractDto> NewContractAsync(Guid vendorId, string number, DateOnly start, string renewalKind = "Automatic")
    {
        var body = PermissionMatrixFixture.ContractBody(vendorId, await fixture.OwnerIdAsync(), start, renewalKind);
        body["number"] = number;
        var response = await fixture.Admin.PostAsJsonAsync("/api/contracts", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ContractDto>(Json.Options))!;
    }

    private async Task<Dictionary<string, string>> ValidFormAsync(string number) => new()
    {
        ["Input.VendorId"] = (await fixture.NewVendorAsync()).Id.ToString(),
        ["Input.Number"] = number,
        ["Input.Title"] = "Archive maintenance",
        ["Input.Kind"] = "ServiceMaintenance",
        ["Input.OwnerId"] = (await fixture.OwnerIdAsync()).ToString(),
        ["Input.TimeZoneId"] = "America/New_York",
        ["Input.Start"] = "2030-01-01",
        ["Input.End"] = "2030-12-31",
        ["Input.RenewalKind"] = "Automatic",
        ["Input.RenewalPeriod.Count"] = "1",
        ["Input.RenewalPeriod.Unit"] = "Years",
        ["Input.NoticePeriod.Count"] = "3",
        ["Input.NoticePeriod.Unit"] = "Months",
        ["Input.Value"] = "120000",
        ["Input.Currency"] = "eur",
        ["Input.BillingPeriod"] = "Annually",
        ["Input.FeePerMeasurementPeriod"] = "10000",
        ["Input.ReminderLeadDays"] = "90, 60, 30",
    };

    [Fact]
    public async Task Should_List_Contracts_With_Status_Badges_Deadlines_And_Days_Left_By_Every_Filter()
    {
        var tag = Tag();
        var vendor = await fixture.NewVendorAsync();
        // A year from 100 days ago: the notice deadline is about 172 days away. From 200 days ago: about 72, inside the 90-day window.
        var calm = await NewContractAsync(vendor.Id, $"L{tag}-1", TodayUtc.AddDays(-100));
        var due = await NewContractAsync(vendor.Id, $"L{tag}-2", TodayUtc.AddDays(-200));
        Assert.Equal((ContractStatus.Active, ContractStatus.InNoticePeriod), (calm.Status, due.Status));

        var all = await Admin.GetStringAsync($"/Contracts?vendorId={vendor.Id}");
        Assert.Contains($"L{tag}-1", all);
        Assert.Contains($"L{tag}-2", all);
        Assert.Contains("data-status=\"InNoticePeriod\"", all);
        Assert.Contains(">In notice period</span>", all);
        var deadline = due.Deadlines.NextNoticeDeadline!.Date;
        Assert.Contains($"{deadline:yyyy-MM-dd} <span class=\"text-muted small\">(in {deadline.DayNumber - due.Deadlines.Today.DayNumber} days)</span>", all);

        var inNotice = await Admin.GetStringAsync($"/Contracts?vendorId={vendor.Id}&status=InNoticePeriod");
        Assert.Contains($"L{tag}-2", inNotice);
        Assert.DoesNotContain($"L{tag}-1", inNotice);
        var within = await Admin.GetStringAsync($"/Contracts?filter=L{tag}&within=100");
        Assert.Contains($"L{tag}-2", within);
        Assert.DoesNotContain($"L{tag}-1", within);
        Assert.Contains("1 contract(s)", within);
        Assert.Contains("No contracts match.", await Admin.GetStringAsync($"/Contracts?filter=L{tag}&kind=Licence"));
    }

    [Fact]
    public async Task Should_Sort_The_List_By_Vendor_And_Keep_The_Filters_In_Sort_And_Page_Links()
    {
        var tag = Tag();
        var zulu = await fixture.Admin.PostAsJsonAsync("/api/vendors", new { name = $"Zulu {tag}", kinds = "Pacs" });
        var alpha = await fixture.Admin.PostAsJsonAsync("/api/vendors", new { name = $"Alpha {tag}", kinds = "Pacs" });
        var zuluId = (await zulu.Content.ReadFromJsonAsync<Vendors.VendorDto>(Json.Options))!.Id;
        var alphaId = (await alpha.Content.ReadFromJsonAsync<Vendors.VendorDto>(Json.Options))!.Id;
        await NewContractAsync(zuluId, $"S{tag}-A", TodayUtc.AddDays(-10));
        await NewContractAsync(alphaId, $"S{tag}-B", TodayUtc.AddDays(-10));

        var html = await Admin.GetStringAsync($"/Contracts?filter=S{tag}&sort=vendor");
        Assert.True(html.IndexOf($"S{tag}-B", StringComparison.Ordinal) < html.IndexOf($"S{tag}-A", StringComparison.Ordinal));
        Assert.Contains("aria-sort=\"ascending\"", html);
        Assert.Contains($"href=\"/Contracts?filter=S{tag}&amp;sort=vendor%20desc\"", html);
        var descending = await Admin.GetStringAsync($"/Contracts?filter=S{tag}&sort=vendor%20desc");
        Assert.True(descending.IndexOf($"S{tag}-A", StringComparison.Ordinal) < descending.IndexOf($"S{tag}-B", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Create_A_Contract_Through_The_Form_And_Show_Its_Page()
    {
        var number = "F-" + Tag();
        var node = await fixture.NewNodeAsync();
        var form = (await ValidFormAsync(number)).ToList();
        form.Add(new("Input.CoveredNodeIds", node.Id.ToString()));

        var response = await PostFormAsync("/Contracts/Create", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/Contracts/[0-9a-f-]{36}$", location);
        var page = await Admin.GetStringAsync(location);
        Assert.Contains($"Contract {number}", TextOf(page, "contract-number"));
        Assert.Contains("data-status=\"Draft\"", page);
        Assert.Equal("America/New_York", TextOf(page, "deadline-zone"));
        // 30 September is over when 1 October starts in New York, at 04:00 UTC (summer time).
        Assert.Equal("Notice deadline (current term) 2030-09-30 " + $"in {new DateOnly(2030, 9, 30).DayNumber - TodayNewYork().DayNumber} days" + " 2030-10-01 04:00 UTC",
            TextOf(page, "notice-deadline"));
        Assert.Contains("2031-01-01", TextOf(page, "next-renewal"));
        Assert.Contains("120,000 EUR", TextOf(page, "overview"));
        Assert.Equal(node.Name, TextOf(page, "covered-nodes"));
        Assert.Contains($"href=\"/Nodes/{node.Id}/Status\"", page);
        Assert.Contains("90, 60, 30 days", TextOf(page, "lead-days"));
        Assert.Contains("2030-07-02", TextOf(page, "planned-reminders"));
        Assert.Contains("No documents yet", TextOf(page, "documents"));
        Assert.Contains("No reminders sent yet", TextOf(page, "sent-reminders"));
        Assert.Contains("Created contract", TextOf(page, "history"));
    }

    private static DateOnly TodayNewYork()
        => NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"]).Date.ToDateOnly();

    [Fact]
    public async Task Should_Show_Every_Field_Error_Next_To_Its_Field_And_Keep_What_Was_Typed()
    {
        var form = await ValidFormAsync("E-" + Tag());
        form["Input.Title"] = new string('t', ContractConsts.MaxTitleLength + 1);
        form["Input.Currency"] = "EURO";
        form["Input.NoticePeriod.Count"] = "500";
        form["Input.ReminderLeadDays"] = "90, 60, 90";

        var response = await PostFormAsync("/Contracts/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("must be at most 256 characters", ErrorAt(html, "Input.Title"));
        Assert.Equal("Currency must be a three-letter ISO 4217 code such as EUR or USD.", ErrorAt(html, "Input.Currency"));
        Assert.Equal("The period must be between 0 and 120 months.", ErrorAt(html, "Input.NoticePeriod.Count"));
        Assert.Equal("90 days is listed twice.", ErrorAt(html, "Input.ReminderLeadDays"));
        Assert.Contains("4 entries need correcting", html);
        Assert.Contains("value=\"EURO\"", html);
        Assert.Contains($"value=\"{form["Input.Number"]}\"", html);
        Assert.Contains("value=\"90, 60, 90\"", html);
        Assert.Contains("<option selected=\"selected\" value=\"America/New_York\">", html);
    }

    [Fact]
    public async Task Should_Show_Date_And_Lead_Day_Mistakes_At_Their_Fields()
    {
        var form = await ValidFormAsync("D-" + Tag());
        form["Input.End"] = "2029-12-31";
        var html = await (await PostFormAsync("/Contracts/Create", form)).Content.ReadAsStringAsync();
        Assert.Equal("A term's last day cannot be before its first.", ErrorAt(html, "Input.End"));

        form["Input.End"] = "2030-12-31";
        form["Input.ReminderLeadDays"] = "90, soon";
        html = await (await PostFormAsync("/Contracts/Create", form)).Content.ReadAsStringAsync();
        Assert.Equal("'soon' is not a whole number of days; list them like 90, 60, 30.", ErrorAt(html, "Input.ReminderLeadDays"));

        form["Input.ReminderLeadDays"] = "90";
        form["Input.RenewalPeriod.Count"] = "";
        html = await (await PostFormAsync("/Contracts/Create", form)).Content.ReadAsStringAsync();
        Assert.Equal("Give the length of a renewal term.", ErrorAt(html, "Input.RenewalPeriod.Count"));
    }

    [Fact]
    public async Task Should_Edit_A_Contract_And_Its_Lead_Days_And_Record_The_History()
    {
        var contract = await fixture.NewContractAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.ConcurrencyStamp"] = contract.ConcurrencyStamp,
            ["Input.Number"] = contract.Number,
            ["Input.Title"] = "Renamed by the page",
            ["Input.Kind"] = "Support",
            ["Input.OwnerId"] = contract.Owner.Id.ToString(),
            ["Input.TimeZoneId"] = contract.TimeZoneId,
            ["Input.Start"] = contract.Terms[^1].Start.ToString("yyyy-MM-dd"),
            ["Input.End"] = contract.Terms[^1].End.ToString("yyyy-MM-dd"),
            ["Input.RenewalKind"] = "Automatic",
            ["Input.RenewalPeriod.Count"] = "1",
            ["Input.RenewalPeriod.Unit"] = "Years",
            ["Input.NoticePeriod.Count"] = "3",
            ["Input.NoticePeriod.Unit"] = "Months",
            ["Input.Value"] = "120000",
            ["Input.Currency"] = "EUR",
            ["Input.BillingPeriod"] = "Annually",
            ["Input.ReminderLeadDays"] = "120, 45",
        };

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains("Renamed by the page", page);
        Assert.Contains("120, 45 days", TextOf(page, "lead-days"));
        Assert.Contains("Support", TextOf(page, "overview"));
        Assert.Matches("<td>Title</td>\\s*<td class=\"history-value\">PACS maintenance</td>\\s*<td class=\"history-value\">Renamed by the page</td>", page);
    }

    [Fact]
    public async Task Should_Warn_About_A_Stale_Edit_Instead_Of_Overwriting_And_Keep_The_Input()
    {
        var contract = await fixture.NewContractAsync();
        var editUrl = $"/Contracts/{contract.Id}/Edit";
        var staleForm = await Admin.GetStringAsync(editUrl);

        var theirs = PermissionMatrixFixture.UpdateBody(contract);
        theirs["title"] = "Their title";
        (await fixture.Admin.PutAsJsonAsync($"/api/contracts/{contract.Id}", theirs)).EnsureSuccessStatusCode();

        var response = await Admin.PostAsync(editUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryForm.Token(staleForm),
            ["Input.ConcurrencyStamp"] = contract.ConcurrencyStamp,
            ["Input.Number"] = contract.Number,
            ["Input.Title"] = "My title",
            ["Input.Kind"] = "ServiceMaintenance",
            ["Input.OwnerId"] = contract.Owner.Id.ToString(),
            ["Input.Start"] = contract.Terms[^1].Start.ToString("yyyy-MM-dd"),
            ["Input.End"] = contract.Terms[^1].End.ToString("yyyy-MM-dd"),
            ["Input.RenewalKind"] = "Automatic",
            ["Input.RenewalPeriod.Count"] = "1",
            ["Input.RenewalPeriod.Unit"] = "Years",
            ["Input.NoticePeriod.Count"] = "3",
            ["Input.NoticePeriod.Unit"] = "Months",
            ["Input.Value"] = "120000",
            ["Input.Currency"] = "EUR",
            ["Input.ReminderLeadDays"] = "90, 60, 30",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Edit conflict", html);
        Assert.Contains("value=\"My title\"", html);
        Assert.Contains($"href=\"/Contracts/{contract.Id}/Edit\"", html);
        Assert.Contains("Their title", await Admin.GetStringAsync($"/Contracts/{contract.Id}"));
    }

    /// <summary>The SLA form as posted: three coverage rows, three tier rows and one severity, some rows left blank.</summary>
    private static List<KeyValuePair<string, string>> SlaForm(string stamp, params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.ConcurrencyStamp"] = stamp,
            ["Input.AvailabilityTarget"] = "99.9",
            ["Input.MeasurementPeriod"] = "Month",
            ["Input.TimeZoneId"] = "",
            ["Input.Coverage"] = "WeeklySchedule",
            ["Input.CoverageWindows[0].Day"] = "Monday", ["Input.CoverageWindows[0].From"] = "07:30", ["Input.CoverageWindows[0].To"] = "18:00",
            ["Input.CoverageWindows[1].Day"] = "Tuesday", ["Input.CoverageWindows[1].From"] = "", ["Input.CoverageWindows[1].To"] = "",
            ["Input.CoverageWindows[2].Day"] = "Saturday", ["Input.CoverageWindows[2].From"] = "08:00", ["Input.CoverageWindows[2].To"] = "00:00",
            ["Input.MinimumOutageMinutes"] = "5",
            ["Input.DegradedWeight"] = "0.5",
            ["Input.MaintenanceNoticeHours"] = "168",
            ["Input.CreditTiers[0].BelowPercent"] = "99.9", ["Input.CreditTiers[0].CreditPercent"] = "5",
            ["Input.CreditTiers[1].BelowPercent"] = "", ["Input.CreditTiers[1].CreditPercent"] = "",
            ["Input.CreditTiers[2].BelowPercent"] = "99.5", ["Input.CreditTiers[2].CreditPercent"] = "10",
            ["Input.CreditCapPercent"] = "25",
            ["Input.SeverityTargets[0].Severity"] = "Critical", ["Input.SeverityTargets[0].ResponseMinutes"] = "30", ["Input.SeverityTargets[0].ResolutionMinutes"] = "240",
            ["Input.SeverityTargets[1].Severity"] = "High", ["Input.SeverityTargets[1].ResponseMinutes"] = "", ["Input.SeverityTargets[1].ResolutionMinutes"] = "",
            ["Input.ClaimDeadlineDays"] = "30",
        };
        foreach (var (key, value) in changes) fields[key] = value;
        return [.. fields];
    }

    [Fact]
    public async Task Should_Save_Sla_Terms_From_The_Form_Skipping_Blank_Rows()
    {
        var contract = await fixture.NewContractAsync();

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Sla", SlaForm(contract.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Equal("Monday 07:30–18:00 Saturday 08:00–24:00", TextOf(page, "coverage-windows"));
        Assert.Equal("Service credits, capped at 25 % Availability below Credit (of the period fee) 99.9 % 5 % 99.5 % 10 %", TextOf(page, "credit-tiers"));
        Assert.Equal("Ticket targets per severity Severity Response Resolution Critical 30 min 4 h", TextOf(page, "severity-targets"));
        Assert.Contains("99.9 % per month", TextOf(page, "sla-summary"));

        // The form shows the terms back, with a blank row for each weekday without hours.
        var form = await Admin.GetStringAsync($"/Contracts/{contract.Id}/Sla");
        Assert.Contains("name=\"Input.CoverageWindows[0].From\" value=\"07:30", form);
        Assert.Contains("name=\"Input.CoverageWindows[5].From\" value=\"08:00", form);
    }

    [Fact]
    public async Task Should_Show_Several_Sla_Errors_At_Once_Each_At_Its_Row_Despite_Blank_Rows()
    {
        var contract = await fixture.NewContractAsync();

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Sla", SlaForm(contract.ConcurrencyStamp,
            ("Input.AvailabilityTarget", "0"),
            ("Input.DegradedWeight", "2"),
            // Row 2 is the second window sent (row 1 is blank) and overlaps Monday's first.
            ("Input.CoverageWindows[2].Day", "Monday"), ("Input.CoverageWindows[2].From", "17:00"), ("Input.CoverageWindows[2].To", "19:00"),
            // Row 2 is the second tier sent: its threshold is above the first's.
            ("Input.CreditTiers[2].BelowPercent", "99.95"),
            ("Input.SeverityTargets[0].ResponseMinutes", "300")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("The availability target is a percentage above 0", ErrorAt(html, "Input.AvailabilityTarget"));
        Assert.StartsWith("The degraded weight is between 0", ErrorAt(html, "Input.DegradedWeight"));
        Assert.Equal("This window overlaps another on Monday.", ErrorAt(html, "Input.CoverageWindows[2].From"));
        Assert.StartsWith("List tiers from the highest threshold down", ErrorAt(html, "Input.CreditTiers[2].BelowPercent"));
        Assert.Equal("", ErrorAt(html, "Input.CreditTiers[1].BelowPercent"));
        Assert.Equal("The response target cannot be longer than the resolution target.", ErrorAt(html, "Input.SeverityTargets[0].ResponseMinutes"));
        Assert.Contains("5 entries need correcting", html);
        Assert.Contains("value=\"99.95\"", html);
        Assert.Null((await fixture.Admin.GetFromJsonAsync<ContractDto>($"/api/contracts/{contract.Id}", Json.Options))!.Sla);
    }

    [Fact]
    public async Task Should_Ask_For_Both_Values_Of_A_Half_Filled_Sla_Row()
    {
        var contract = await fixture.NewContractAsync();

        var html = await (await PostFormAsync($"/Contracts/{contract.Id}/Sla", SlaForm(contract.ConcurrencyStamp,
            ("Input.CreditTiers[1].BelowPercent", "99"), ("Input.CoverageWindows[1].From", "09:00"), ("Input.AvailabilityTarget", "")))).Content.ReadAsStringAsync();

        Assert.Equal("Give the tier's threshold and credit, or neither.", ErrorAt(html, "Input.CreditTiers[1].CreditPercent"));
        Assert.Equal("Give the window's start and end, or neither.", ErrorAt(html, "Input.CoverageWindows[1].To"));
        Assert.Equal("Give the availability target, such as 99.9.", ErrorAt(html, "Input.AvailabilityTarget"));
    }

    [Fact]
    public async Task Should_Warn_About_A_Stale_Sla_Edit()
    {
        var contract = await fixture.NewContractAsync();
        (await fixture.Admin.PutAsJsonAsync($"/api/contracts/{contract.Id}/reminder-lead-days", new { reminderLeadDays = new[] { 30 } })).EnsureSuccessStatusCode();

        var html = await (await PostFormAsync($"/Contracts/{contract.Id}/Sla", SlaForm(contract.ConcurrencyStamp))).Content.ReadAsStringAsync();

        Assert.Contains("Edit conflict", html);
        Assert.Contains("value=\"99.5\"", html);
    }

    [Fact]
    public async Task Should_Renew_By_Decision_And_Show_The_New_Term_With_Its_Origin()
    {
        var contract = await fixture.NewContractAsync(renewalKind: "ExplicitDecision");
        var backwards = await (await PostFormAsync($"/Contracts/{contract.Id}/Renew", [new("Input.End", contract.Terms[0].Start.ToString("yyyy-MM-dd"))]))
            .Content.ReadAsStringAsync();
        Assert.Equal("A term's last day cannot be before its first.", ErrorAt(backwards, "Input.End"));

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Renew", [new("Input.End", ""), new("Input.ConcurrencyStamp", contract.ConcurrencyStamp)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        var terms = TextOf(page, "terms");
        Assert.Contains($"1 {contract.Terms[0].Start:yyyy-MM-dd} {contract.Terms[0].End:yyyy-MM-dd} Initial", terms);
        Assert.Contains($"2 {contract.Terms[0].End.AddDays(1):yyyy-MM-dd} {contract.Terms[0].End.AddYears(1):yyyy-MM-dd} Explicit renewal", terms);
        Assert.Contains("data-status=\"Renewed\"", page);
    }

    [Fact]
    public async Task Should_Terminate_Only_When_Confirmed_And_Then_Offer_No_Renewal()
    {
        var contract = await fixture.NewContractAsync();
        var lastDay = contract.Terms[^1].End.ToString("yyyy-MM-dd");

        var unconfirmed = await (await PostFormAsync($"/Contracts/{contract.Id}/Terminate",
            [new("Input.EffectiveOn", lastDay), new("Input.Reason", "Replaced by a new archive")])).Content.ReadAsStringAsync();
        Assert.Equal("Tick the box to confirm the termination.", ErrorAt(unconfirmed, "Input.Confirmed"));
        Assert.Contains("Replaced by a new archive", unconfirmed);

        var noReason = await (await PostFormAsync($"/Contracts/{contract.Id}/Terminate",
            [new("Input.EffectiveOn", lastDay), new("Input.Confirmed", "true")])).Content.ReadAsStringAsync();
        Assert.Equal("The reason for the termination is required.", ErrorAt(noReason, "Input.Reason"));

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Terminate",
            [new("Input.EffectiveOn", lastDay), new("Input.Reason", "Replaced by a new archive"), new("Input.Confirmed", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains("data-status=\"Terminated\"", page);
        Assert.Contains($"last day {lastDay}", TextOf(page, "termination"));
        Assert.Contains("Replaced by a new archive", TextOf(page, "termination"));
        Assert.DoesNotContain($"/Contracts/{contract.Id}/Renew", page);
        Assert.Contains("No reminders ahead: the contract is terminated", page);
    }

    [Fact]
    public async Task Should_Replace_The_Covered_Nodes_And_Link_Them_To_Their_Status_Pages()
    {
        var contract = await fixture.NewContractAsync();
        var first = await fixture.NewNodeAsync();
        var second = await fixture.NewNodeAsync();

        var response = await PostFormAsync($"/Contracts/{contract.Id}/Nodes",
            [new("Input.CoveredNodeIds", first.Id.ToString()), new("Input.CoveredNodeIds", second.Id.ToString()), new("Input.ConcurrencyStamp", contract.ConcurrencyStamp)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Admin.GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains($"href=\"/Nodes/{first.Id}/Status\"", page);
        Assert.Contains($"href=\"/Nodes/{second.Id}/Status\"", page);
        var form = await Admin.GetStringAsync($"/Contracts/{contract.Id}/Nodes");
        // Covered nodes come ticked, ahead of the others (the fixture's registry holds many nodes).
        var ticked = System.Text.RegularExpressions.Regex.Matches(form, "value=\"([0-9a-f-]{36})\" id=\"[^\"]+\"( checked=\"checked\")?")
            .Select(m => (Id: Guid.Parse(m.Groups[1].Value), Checked: m.Groups[2].Success)).ToList();
        Assert.Equal([(first.Id, true), (second.Id, true)], ticked.Take(2).OrderBy(t => t.Id != first.Id).ToList());
        Assert.All(ticked.Skip(2), t => Assert.False(t.Checked));

        var unknown = await (await PostFormAsync($"/Contracts/{contract.Id}/Nodes", [new("Input.CoveredNodeIds", Guid.NewGuid().ToString())]))
            .Content.ReadAsStringAsync();
        Assert.StartsWith("There is no", ErrorAt(unknown, "Input.CoveredNodeIds"));
    }

    [Fact]
    public async Task Should_Delete_A_Contract_From_Its_Page()
    {
        var contract = await fixture.NewContractAsync();

        var response = await PostFormAsync($"/Contracts/{contract.Id}?handler=Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Contracts", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Contracts/{contract.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("/Contracts/{0}")]
    [InlineData("/Contracts/{0}/Edit")]
    [InlineData("/Contracts/{0}/Sla")]
    [InlineData("/Contracts/{0}/Renew")]
    [InlineData("/Contracts/{0}/Terminate")]
    [InlineData("/Contracts/{0}/Nodes")]
    public async Task Should_Answer_An_Unknown_Contract_With_404(string page)
        => Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync(string.Format(page, Guid.NewGuid()))).StatusCode);
}
