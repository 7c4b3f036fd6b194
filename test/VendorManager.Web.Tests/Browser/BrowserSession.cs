using Microsoft.Playwright;
using VendorManager.TestBase.Servers;

namespace VendorManager.Web.Tests.Browser;

/// <summary>
/// The app in its own process with a seeded admin, and Debian's Chromium driven by Playwright:
/// what every browser test starts from.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string AdminPassword = "browser-admin-password";

    private BrowserSession(AppProcess app, IPlaywright playwright, IBrowser browser)
    {
        App = app;
        Playwright = playwright;
        Browser = browser;
    }

    public AppProcess App { get; }
    public IPlaywright Playwright { get; }
    public IBrowser Browser { get; }

    /// <param name="settings">More environment for the app, e.g. ["Probing__Enabled"] = "false".</param>
    public static async Task<BrowserSession> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists("/usr/bin/chromium"))
            throw new InvalidOperationException("/usr/bin/chromium is missing: install the Debian package 'chromium' (etc/scripts/test.sh does).");
        var environment = new Dictionary<string, string> { ["Seed__AdminPassword"] = AdminPassword };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;

        var app = await AppProcess.StartAsync(environment);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // No sandbox as root; no background traffic on a machine with no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return new BrowserSession(app, playwright, browser);
    }

    /// <summary>A desktop-sized page on the app, waiting at most 15 s for anything.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        return page;
    }

    /// <summary>Fills in the sign-in form the app has redirected the page to, as the seeded admin.</summary>
    public static async Task SignInAsAdminAsync(IPage page)
    {
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", AdminPassword);
        await page.ClickAsync("button[type=submit]");
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}
