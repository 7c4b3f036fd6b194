using Microsoft.Playwright;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.Web.Tests.Browser;

/// <summary>
/// A person in Debian's Chromium against the app in its own process: sign in, create a vendor with
/// a contact, find it in the list, edit it; add a node and open the status board and the node's
/// status page. Screenshots land in artifacts/screenshots.
/// </summary>
public sealed class VendorBrowserTests : IAsyncLifetime
{
    private BrowserSession _session = null!;

    public async Task InitializeAsync() => _session = await BrowserSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Should_Sign_In_Create_A_Vendor_With_A_Contact_Find_It_Edit_It_And_Watch_A_Node_On_The_Status_Pages()
    {
        var page = await _session.NewPageAsync();

        await page.GotoAsync("/Vendors");
        Assert.Contains("/Account/Login", page.Url);
        await BrowserSession.SignInAsAdminAsync(page);
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

        // A node on the status board, then its own page with the chart and a chain check.
        await page.GotoAsync("/Nodes/Create");
        await page.FillAsync("#Input_Name", "Orthanc Browser Test");
        await page.FillAsync("#Input_AeTitle", "ORTHANCBT");
        await page.FillAsync("#Input_Host", "127.0.0.1");
        await page.FillAsync("#Input_Port", "1");
        await page.ClickAsync("text=Create node");
        await page.WaitForSelectorAsync("text=Node Orthanc Browser Test created.");
        await page.ClickAsync("nav a:text-is('Status')");
        var boardRow = page.Locator("#status-table tbody tr", new() { HasText = "Orthanc Browser Test" });
        Assert.Equal(1, await boardRow.CountAsync());
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "status-board.png"), FullPage = true });

        // The board refreshes by itself: a fresh table is swapped in, and the page is not reloaded.
        await page.EvaluateAsync("() => { window.sameDocument = true; document.getElementById('status-table').dataset.old = 'yes'; }");
        await page.WaitForFunctionAsync("() => !document.querySelector('#status-table[data-old]')", null, new() { Timeout = 40_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));

        await boardRow.Locator("a", new() { HasText = "Orthanc Browser Test" }).ClickAsync();
        await page.WaitForSelectorAsync("#node-name:has-text('Orthanc Browser Test')");
        await page.ClickAsync("#verify-chain");
        await page.WaitForSelectorAsync("#chain-verification[data-valid=true]");
        await page.WaitForFunctionAsync("() => { const chart = document.getElementById('latency-chart'); return chart.complete && chart.naturalWidth > 0; }");
        await page.ScreenshotAsync(new() { Path = RepositoryPaths.Artifacts("screenshots", "node-status.png"), FullPage = true });
    }
}
