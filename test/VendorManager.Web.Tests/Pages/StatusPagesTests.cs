using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.TestBase.Servers;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The status board and a node's status page as an auditor sees them, on evidence stored by the real writer.</summary>
public sealed class StatusPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private HttpClient Auditor => fixture.PageClient(VendorManagerRoles.Auditor);

    private static string BoardRow(string html, Guid nodeId)
    {
        var row = Regex.Match(html, $"<tr data-node-id=\"{nodeId}\".*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"The board has no row for node {nodeId}.");
        return row.Value;
    }

    [Fact]
    public async Task Should_List_A_Node_With_Its_State_On_The_Board_After_Evidence_Was_Recorded()
    {
        var node = await fixture.NewNodeAsync();
        // Two probes a minute apart: evidence covers the time between probes, not a lone instant.
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddSeconds(-65));
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddSeconds(-5));

        var row = BoardRow(await Auditor.GetStringAsync("/Status"), node.Id);

        Assert.Contains("data-state=\"Up\"", row);
        Assert.Contains(node.Name, row);
        Assert.Contains("text-bg-success", row);
        Assert.Contains("3.2 ms", row);
        Assert.Contains(ProbeEvidence.VersionName, row);
        Assert.Contains($"href=\"/Nodes/{node.Id}/Status\"", row);
        Assert.True(row.Contains("class=\"strip-up\"", StringComparison.Ordinal), row);
    }

    [Fact]
    public async Task Should_Serve_The_Board_Alone_For_The_Refresh_Script()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddSeconds(-5), ProbeState.Down, ProbeReason.Refused, null, "Connection refused");

        var page = await Auditor.GetStringAsync("/Status");
        Assert.Contains("data-refresh-url=\"/Status?handler=Board\"", page);
        Assert.Contains("/js/auto-refresh.js", page);

        var partial = await Auditor.GetStringAsync("/Status?handler=Board");
        Assert.DoesNotContain("<html", partial);
        Assert.Contains("id=\"status-summary\"", partial);
        var row = BoardRow(partial, node.Id);
        Assert.Contains("data-state=\"Down\"", row);
        Assert.Contains("Connection refused", row);
    }

    [Fact]
    public async Task Should_Call_A_Node_Without_Evidence_A_Monitoring_Gap()
    {
        var node = await fixture.NewNodeAsync();
        var row = BoardRow(await Auditor.GetStringAsync("/Status"), node.Id);
        Assert.Contains("data-state=\"Unknown\"", row);
        Assert.Contains("Unknown (monitoring gap)", row);
        Assert.Contains("never", row);
    }

    [Fact]
    public async Task Should_Highlight_A_Version_Other_Than_The_Expected_One()
    {
        var body = PermissionMatrixFixture.NodeBody();
        body["expectedVersion"] = "ORTHANC_1_11_0";
        var created = await fixture.Admin.PostAsJsonAsync("/api/nodes", body);
        created.EnsureSuccessStatusCode();
        var node = (await created.Content.ReadFromJsonAsync<DicomNodeDto>(Json.Options))!;
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddSeconds(-5));

        var row = BoardRow(await Auditor.GetStringAsync("/Status"), node.Id);
        Assert.Contains("table-warning", row);
        Assert.Contains("mismatch", row);
        Assert.Contains("ORTHANC_1_11_0", row);
    }

    [Fact]
    public async Task Should_Show_The_Intervals_And_Versions_Of_A_Node()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordEventfulFortyMinutesAsync(fixture.Factory, node.Id);

        var html = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status");

        Assert.Contains("id=\"node-status\" data-state=\"Up\"", html);
        var intervals = Regex.Match(html, "<table[^>]*id=\"intervals\".*?</table>", RegexOptions.Singleline).Value;
        foreach (var state in new[] { "Up", "Down", "Degraded", "Unknown" })
            Assert.Contains($"<tr data-state=\"{state}\">", intervals);
        Assert.Contains("Connection refused", intervals);
        Assert.Matches("font-monospace\">\\d+</td>", intervals);
        var versions = Regex.Match(html, "<table[^>]*id=\"version-observations\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains(ProbeEvidence.VersionName, versions);
        Assert.Contains(ProbeEvidence.ClassUid, versions);
        var chart = Regex.Match(html, "<img src=\"([^\"]+)\"[^>]*id=\"latency-chart\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.StartsWith($"/Nodes/{node.Id}/Status?", chart);
        Assert.Contains("handler=Chart", chart);
        Assert.Contains("hours=24", chart);

        var week = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status?hours=168");
        Assert.Contains("Last 7 d", week);
        var panel = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status?handler=Panel&hours=168");
        Assert.DoesNotContain("<html", panel);
        Assert.Contains("id=\"intervals\"", panel);
    }

    [Fact]
    public async Task Should_Show_A_Version_Change_With_Its_Notification_Outcome()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddMinutes(-2), versionName: "ORTHANC_1_12_3");
        await ProbeEvidence.RecordAsync(fixture.Factory, node.Id, DateTime.UtcNow.AddMinutes(-1));

        var html = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status");
        var changes = Regex.Match(html, "<table[^>]*id=\"version-changes\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("ORTHANC_1_12_3", changes);
        Assert.Contains(ProbeEvidence.VersionName, changes);
        Assert.Contains("pending", changes);
    }

    [Fact]
    public async Task Should_Render_The_Latency_Chart_As_A_Png_With_And_Without_Samples()
    {
        var withSamples = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordEventfulFortyMinutesAsync(fixture.Factory, withSamples.Id);
        var withoutSamples = await fixture.NewNodeAsync();

        foreach (var (node, name) in new[] { (withSamples, "samples"), (withoutSamples, "empty") })
            foreach (var hours in new[] { 24, 168, 720 })
            {
                using var response = await Auditor.GetAsync($"/Nodes/{node.Id}/Status?handler=Chart&hours={hours}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
                var png = await response.Content.ReadAsByteArrayAsync();
                Assert.Equal(PngSignature, png.Take(PngSignature.Length));
                Assert.True(png.Length > 5_000, $"A {png.Length}-byte chart is too small to hold axes and text.");
                await File.WriteAllBytesAsync(RepositoryPaths.Artifacts("charts", $"latency-{name}-{hours}h.png"), png);
            }
    }

    [Fact]
    public async Task Should_Say_The_Evidence_Chain_Is_Valid_When_Asked_To_Verify()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordEventfulFortyMinutesAsync(fixture.Factory, node.Id);

        var page = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status");
        var verify = Regex.Match(page, "<a [^>]*id=\"verify-chain\"[^>]*>").Value;
        Assert.Matches($"href=\"/Nodes/{node.Id}/Status\\?[^\"]*handler=Verify", verify);
        Assert.DoesNotContain("id=\"chain-verification\"", page);

        var html = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status?handler=Verify&hours=24");
        Assert.Contains("id=\"chain-verification\" data-valid=\"true\"", html);
        Assert.Contains("Evidence chain valid.", html);
    }

    [Fact]
    public async Task Should_Name_The_First_Broken_Row_When_The_Evidence_Was_Edited()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordEventfulFortyMinutesAsync(fixture.Factory, node.Id);

        // Someone rewrites history straight in the database.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<VendorManagerDbContext>().Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "EvidenceIntervals" SET "ReasonText" = 'all fine' WHERE "NodeId" = {node.Id} AND "Sequence" = 1""");

        var html = await Auditor.GetStringAsync($"/Nodes/{node.Id}/Status?handler=Verify");
        Assert.Contains("id=\"chain-verification\" data-valid=\"false\"", html);
        Assert.Contains("Evidence chain broken</strong> at sequence 1", html);
        Assert.Contains(EvidenceChainVerifier.HashMismatch, html);
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Node_With_404()
    {
        var id = Guid.NewGuid();
        foreach (var url in new[] { $"/Nodes/{id}/Status", $"/Nodes/{id}/Status?handler=Panel", $"/Nodes/{id}/Status?handler=Chart&hours=24", $"/Nodes/{id}/Status?handler=Verify" })
            Assert.Equal(HttpStatusCode.NotFound, (await Auditor.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Should_Link_Each_Node_In_The_List_To_Its_Status_Page_And_The_Board_From_The_Menu()
    {
        var node = await fixture.NewNodeAsync();
        var list = await Auditor.GetStringAsync("/Nodes?filter=" + Uri.EscapeDataString(node.Name));
        Assert.Contains($"href=\"/Nodes/{node.Id}/Status\"", list);
        Assert.Contains("href=\"/Status\"", list);
    }
}
