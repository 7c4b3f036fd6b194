using Microsoft.Playwright;
using NodaTime;
using VendorManager.TestBase.Documents;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Web.Tests.Browser;

/// <summary>
/// A contract admin's afternoon in Debian's Chromium against the app in its own process: a vendor
/// and a node, a contract that renews automatically, its SLA terms (a weekly schedule, a credit
/// tier added with the form's script, one mistake corrected), then its status and deadlines on its
/// page, the signed contract uploaded there (a file over the limit stopped in the browser, a web
/// page named .pdf refused by the server with the input kept) and downloaded again, and the
/// contract in the list. Screenshots land in artifacts/screenshots.
/// </summary>
public sealed class ContractBrowserTests : IAsyncLifetime
{
    /// <summary>Small, so a file over it is quick to hand to the browser.</summary>
    private const int MaxDocumentBytes = 1024 * 1024;
    private BrowserSession _session = null!;

    public async Task InitializeAsync() => _session = await BrowserSession.StartAsync(new Dictionary<string, string> { ["Probing__Enabled"] = "false",
        ["Documents__MaxBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await _session.DisposeAsync();

    private static string Shot(string name) => RepositoryPaths.Artifacts("screenshots", name);

    [Fact]
    public async Task Should_Create_A_Contract_With_Sla_Terms_And_See_Its_Status_Deadlines_And_Documents()
    {
        var page = await _session.NewPageAsync();
        // The contract's days are Amsterdam's (the default zone): a year that began 30 days ago there.
        var today = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date.ToDateOnly();
        var start = today.AddDays(-30);
        var end = start.AddYears(1).AddDays(-1);

        await page.GotoAsync("/Account/Login");
        await BrowserSession.SignInAsAdminAsync(page);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync("/Vendors/Create");
        await page.FillAsync("#Input_Name", "Agfa Contract Test");
        await page.CheckAsync("#kind-Pacs");
        await page.ClickAsync("text=Create vendor");
        await page.WaitForSelectorAsync("#vendor-name:has-text('Agfa Contract Test')");
        await page.GotoAsync("/Nodes/Create");
        await page.FillAsync("#Input_Name", "Archive Contract Test");
        await page.FillAsync("#Input_AeTitle", "ARCHIVECT");
        await page.FillAsync("#Input_Host", "127.0.0.1");
        await page.FillAsync("#Input_Port", "1");
        await page.ClickAsync("text=Create node");
        await page.WaitForSelectorAsync("text=Node Archive Contract Test created.");

        await page.ClickAsync("nav a:text-is('Contracts')");
        await page.ClickAsync("text=New contract");
        await page.SelectOptionAsync("#Input_VendorId", new SelectOptionValue { Label = "Agfa Contract Test" });
        await page.FillAsync("#Input_Number", "AGFA-2026-01");
        await page.FillAsync("#Input_Title", "Enterprise imaging maintenance");
        await page.SelectOptionAsync("#Input_Kind", "ServiceMaintenance");
        Assert.Equal("Europe/Amsterdam", await page.InputValueAsync("#Input_TimeZoneId"));
        await page.FillAsync("#Input_Start", start.ToString("yyyy-MM-dd"));
        await page.FillAsync("#Input_End", end.ToString("yyyy-MM-dd"));
        await page.SelectOptionAsync("#Input_RenewalKind", "Automatic");
        await page.FillAsync("#Input_Value", "240000");
        await page.FillAsync("#Input_Currency", "EUR");
        await page.FillAsync("#Input_FeePerMeasurementPeriod", "20000");
        // The covered nodes are a checklist with a filter box: a word no node has hides every row.
        await page.FillAsync("[data-checklist-filter]", "no-such-node");
        await page.WaitForSelectorAsync("text=No node matches the filter.");
        await page.FillAsync("[data-checklist-filter]", "archivect 127.0.0.1");
        await page.GetByLabel("Archive Contract Test (ARCHIVECT at 127.0.0.1:1)").CheckAsync();
        Assert.Equal("1 of 1 selected", await page.InnerTextAsync("[data-checklist-count]"));
        await page.CheckAsync("#Input_DefineSlaNext");
        await page.ScreenshotAsync(new() { Path = Shot("contract-create.png"), FullPage = true });
        await page.ClickAsync("text=Create contract");

        // Straight on to the SLA terms: office hours on weekdays, three credit tiers, a critical target.
        await page.WaitForSelectorAsync("text=Contract AGFA-2026-01 created.");
        await page.FillAsync("#Input_AvailabilityTarget", "0");
        await page.CheckAsync("#coverage-WeeklySchedule");
        for (var day = 0; day < 5; day++)
        {
            await page.FillAsync($"#Input_CoverageWindows_{day}__From", "07:00");
            await page.FillAsync($"#Input_CoverageWindows_{day}__To", "19:00");
        }
        await page.FillAsync("#Input_MinimumOutageMinutes", "5");
        await page.FillAsync("#Input_DegradedWeight", "0.5");
        await page.FillAsync("#Input_MaintenanceNoticeHours", "168");
        await page.FillAsync("#Input_ClaimDeadlineDays", "30");
        await page.FillAsync("#Input_CreditTiers_0__BelowPercent", "99.9");
        await page.FillAsync("#Input_CreditTiers_0__CreditPercent", "5");
        await page.FillAsync("#Input_CreditTiers_1__BelowPercent", "99.5");
        await page.FillAsync("#Input_CreditTiers_1__CreditPercent", "10");
        await page.ClickAsync("[data-add-row=credit-tiers]");
        await page.FillAsync("input[name='Input.CreditTiers[2].BelowPercent']", "99");
        await page.FillAsync("input[name='Input.CreditTiers[2].CreditPercent']", "25");
        await page.FillAsync("#Input_CreditCapPercent", "25");
        await page.FillAsync("#Input_SeverityTargets_0__ResponseMinutes", "30");
        await page.FillAsync("#Input_SeverityTargets_0__ResolutionMinutes", "240");
        await page.ClickAsync("text=Save SLA terms");

        // The one mistake is marked at its field; everything typed is still there.
        await page.WaitForSelectorAsync("[data-valmsg-for='Input.AvailabilityTarget']:has-text('percentage above 0')");
        Assert.Equal("99", await page.InputValueAsync("#Input_CreditTiers_2__BelowPercent"));
        Assert.Equal("19:00", (await page.InputValueAsync("#Input_CoverageWindows_4__To"))[..5]);
        await page.ScreenshotAsync(new() { Path = Shot("contract-sla-error.png"), FullPage = true });
        await page.FillAsync("#Input_AvailabilityTarget", "99.9");
        await page.ClickAsync("text=Save SLA terms");

        await page.WaitForSelectorAsync("text=SLA terms saved.");
        Assert.Equal("Active", (await page.InnerTextAsync("h1 .contract-status")).Trim());
        Assert.Equal("Europe/Amsterdam", await page.InnerTextAsync("#deadline-zone"));
        var noticeDeadline = end.AddMonths(-3);
        Assert.Contains($"{noticeDeadline:yyyy-MM-dd}", await page.InnerTextAsync("#notice-deadline"));
        Assert.Contains($"in {noticeDeadline.DayNumber - today.DayNumber} days", await page.InnerTextAsync("#notice-deadline"));
        Assert.Contains($"{end.AddDays(1):yyyy-MM-dd}", await page.InnerTextAsync("#next-renewal"));
        Assert.Contains("renews automatically", await page.InnerTextAsync("#end"));
        Assert.Contains("Monday 07:00–19:00", await page.InnerTextAsync("#coverage-windows"));
        Assert.Contains("99 %\t25 %", await page.InnerTextAsync("#credit-tiers"));
        Assert.Contains("Archive Contract Test", await page.InnerTextAsync("#covered-nodes"));
        await page.ScreenshotAsync(new() { Path = Shot("contract-details.png"), FullPage = true });

        // The signed contract: a scan over the limit is stopped before it is sent, a web page is refused, then the PDF goes up.
        var uploadPosts = 0;
        page.Request += (_, request) => { if (request.Method == "POST" && request.Url.Contains("handler=Upload", StringComparison.Ordinal)) uploadPosts++; };
        Assert.Equal("1 MB", await page.InnerTextAsync("#document-size-limit"));
        await page.SetInputFilesAsync("#Input_File", new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = SampleDocuments.PdfOfSize(MaxDocumentBytes * 5 / 2) });
        await page.WaitForSelectorAsync("#document-file-error:has-text('scan.pdf is 2.5 MB; a document may be at most 1 MB.')");
        await page.ClickAsync("#document-upload button[type=submit]");
        Assert.Equal("No documents yet.", await page.InnerTextAsync("#document-list"));
        await page.Locator("#documents").ScreenshotAsync(new() { Path = Shot("contract-document-too-large.png") });

        // A web page saved as .pdf is refused by the server; the message is at the file and the rest is kept.
        await page.SetInputFilesAsync("#Input_File", new FilePayload { Name = "contract.pdf", MimeType = "application/pdf", Buffer = SampleDocuments.Html() });
        await page.SelectOptionAsync("#Input_Kind", "SignedContract");
        await page.FillAsync("#Input_Title", "Signed maintenance contract");
        await page.FillAsync("#Input_EffectiveFrom", start.ToString("yyyy-MM-dd"));
        await page.ClickAsync("#document-upload button[type=submit]");
        await page.WaitForSelectorAsync("#document-upload-refused:has-text('contract.pdf')");
        Assert.StartsWith("The file's content is not one of the accepted formats", await page.InnerTextAsync("#document-file-error"));
        Assert.Equal("Signed maintenance contract", await page.InputValueAsync("#Input_Title"));
        Assert.Equal($"{start:yyyy-MM-dd}", await page.InputValueAsync("#Input_EffectiveFrom"));
        await page.Locator("#documents").ScreenshotAsync(new() { Path = Shot("contract-document-refused.png") });

        var pdf = SampleDocuments.Pdf("Signed AGFA-2026-01");
        await page.SetInputFilesAsync("#Input_File", new FilePayload { Name = "AGFA-2026-01 signed.pdf", MimeType = "application/pdf", Buffer = pdf });
        Assert.Equal("", await page.InnerTextAsync("#document-file-error"));
        await page.ClickAsync("#document-upload button[type=submit]");
        await page.WaitForSelectorAsync(".alert-success:has-text('Signed maintenance contract')");
        Assert.Equal(2, uploadPosts);
        var document = page.Locator("#document-list tbody tr", new() { HasText = "Signed maintenance contract" });
        var documentText = await document.InnerTextAsync();
        Assert.Contains("AGFA-2026-01 signed.pdf", documentText);
        Assert.Contains("PDF", documentText);
        Assert.Contains($"{start:yyyy-MM-dd}", documentText);
        var download = await page.RunAndWaitForDownloadAsync(() => document.Locator("a:has-text('Download')").ClickAsync());
        Assert.Equal("AGFA-2026-01 signed.pdf", download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync()));
        await page.ScreenshotAsync(new() { Path = Shot("contract-documents.png"), FullPage = true });

        await page.ClickAsync("nav a:text-is('Contracts')");
        await page.FillAsync("#Within", "365");
        await page.ClickAsync("button:has-text('Filter')");
        var row = page.Locator("#contract-list tbody tr", new() { HasText = "AGFA-2026-01" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("Active", await row.InnerTextAsync());
        Assert.Contains($"{noticeDeadline:yyyy-MM-dd}", await row.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("contract-list.png"), FullPage = true });
    }
}
