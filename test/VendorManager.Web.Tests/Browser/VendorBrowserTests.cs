using Microsoft.Playwright;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Web.Tests.Browser;

/// <summary>
/// A person in Debian's Chromium against the app in its own process: sign in, create a vendor with
/// a contact, find it in the list, edit it. Screenshots land in artifacts/screenshots.
/// </summary>
public sealed class VendorBrowserTests : IAsyncLifetime
{
    private const string Password = "browser-admin-password";
    private AppProcess _app = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists("/usr/bin/chromium"))
            throw new InvalidOperationException("/usr/bin/chromium is missing: install the Debian package 'chromium' (etc/scripts/test.sh does).");
        _app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Seed__AdminPassword"] = Password });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // No sandbox as root; no background traffic on a machine with no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Should_Sign_In_Create_A_Vendor_With_A_Contact_Find_It_And_Edit_It()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = _app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(15_000);

        await page.GotoAsync("/Vendors");
        Assert.Contains("/Account/Login", page.Url);
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/Vendors");

        await page.ClickAsync("text=New vendor");
        await page.FillAsync("#Input_Name", "Sectra Browser Test");
        await page.CheckAsync("#kind-Pacs");
        await page.CheckAsync("#kind-Storage");
        await page.FillAsync("#Input_Website", "sectra.example.com");
        await page.SelectOptionAsync("#Input_RemoteSupportMethod", "VendorGateway");
        await page.FillAsync("#Input_RemoteSupportDetails", "Vendor gateway gw-01, approval by on-call PACS admin");
        await page.FillAsync("#Input_Contacts_0__Name", "Service Desk");
        await page.FillAsync("#Input_Contacts_0__Email", "desk@sectra.example.com");
        await page.FillAsync("#Input_Contacts_0__EscalationLevel", "1");
        await page.ClickAsync("[data-add-contact]");
        await page.FillAsync("input[name='Input.Contacts[1].Name']", "Duty Manager");
        await page.FillAsync("input[name='Input.Contacts[1].EscalationLevel']", "2");
        await page.ClickAsync("text=Create vendor");

        await page.WaitForSelectorAsync("#vendor-name:has-text('Sectra Browser Test')");
        Assert.Equal(2, await page.Locator("#contacts tbody tr").CountAsync());

        await page.GotoAsync("/Vendors");
        await page.FillAsync("input[name=Filter]", "duty manager");
        await page.ClickAsync("button:has-text('Search')");
        var row = page.Locator("#vendor-list tbody tr", new() { HasText = "Sectra Browser Test" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("Service Desk", await row.InnerTextAsync());

        await row.Locator("a").ClickAsync();
        await page.ClickAsync("text=Edit");
        await page.FillAsync("#Input_Phone", "020 555 0100");
        await page.FillAsync("#Input_Contacts_0__Email", "servicedesk@sectra.example.com");
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "vendor-edit.png"), FullPage = true });
        await page.ClickAsync("button:has-text('Save')");

        await page.WaitForSelectorAsync("text=Vendor saved.");
        Assert.Contains("020 555 0100", await page.InnerTextAsync("dl"));
        Assert.Contains("servicedesk@sectra.example.com", await page.InnerTextAsync("#history"));
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "vendor-details.png"), FullPage = true });
    }
}
