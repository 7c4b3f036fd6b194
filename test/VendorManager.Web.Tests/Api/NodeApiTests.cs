using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Nodes;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

public sealed class NodeApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    [Fact]
    public async Task Should_Answer_A_Bad_Ae_Title_Host_Or_Port_With_Field_Errors()
    {
        var body = PermissionMatrixFixture.NodeBody();
        body["aeTitle"] = "BAD\\TITLE";
        var response = await fixture.Admin.PostAsJsonAsync("/api/nodes", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(VendorManagerErrorCodes.Nodes.AeTitleInvalid, problem.GetProperty("code").GetString());
        Assert.Contains("backslash", problem.GetProperty("errors").GetProperty("aeTitle")[0].GetString());

        body = PermissionMatrixFixture.NodeBody();
        body["port"] = 0;
        problem = await (await fixture.Admin.PostAsJsonAsync("/api/nodes", body)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("port", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_Import_A_Csv_Body_Or_An_Uploaded_File_And_Report_Every_Row()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var csv = $"name,ae_title,host,port\nGood {id},G{id},good-{id},104\nBad {id},B{id},bad-{id},0\n";
        var fromBody = await fixture.Admin.PostAsync("/api/nodes/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = await fromBody.Content.ReadFromJsonAsync<NodeImportReportDto>(Json.Options);
        Assert.Equal((1, 1), (report!.Created, report.Rejected));
        Assert.Equal(3, report.Rows[1].Line);

        var id2 = Guid.NewGuid().ToString("N")[..6];
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"name;ae_title;host;port\nUploaded {id2};U{id2};up-{id2};104\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "nodes.csv");
        var uploaded = await (await fixture.Admin.PostAsync("/api/nodes/import", form)).Content.ReadFromJsonAsync<NodeImportReportDto>(Json.Options);
        Assert.Equal(1, uploaded!.Created);
    }

    [Fact]
    public async Task Should_Refuse_A_Csv_Without_The_Required_Columns_As_A_Problem()
    {
        var response = await fixture.Admin.PostAsync("/api/nodes/import", new StringContent("name,host\nA,a\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(VendorManagerErrorCodes.Nodes.ImportHeaderInvalid, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Each_Host_Should_Keep_Its_Own_Job_Storage()
    {
        await using var other = new VendorManagerWebFactory();
        Assert.NotSame(fixture.Factory.Services.GetRequiredService<JobStorage>(), other.Services.GetRequiredService<JobStorage>());
    }
}
