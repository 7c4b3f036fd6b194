using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorManager.Evidence;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>What a reporting script sees from the evidence endpoints, good input and bad.</summary>
public sealed class NodeEvidenceApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private static string At(DateTimeOffset value) => Uri.EscapeDataString(value.ToString("O"));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        Assert.Contains(response.StatusCode, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Should_Refuse_An_Uptime_Window_Without_From_With_A_Field_Error()
    {
        var node = await fixture.NewNodeAsync();
        var problem = await ProblemAsync(await fixture.Admin.GetAsync($"/api/nodes/{node.Id}/uptime?to={At(DateTimeOffset.UtcNow)}"),
            HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_Refuse_An_Uptime_Window_That_Ends_Before_It_Starts_With_A_Field_Error()
    {
        var node = await fixture.NewNodeAsync();
        var from = DateTimeOffset.UtcNow;
        var problem = await ProblemAsync(await fixture.Admin.GetAsync($"/api/nodes/{node.Id}/uptime?from={At(from)}&to={At(from.AddHours(-1))}"),
            HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _), problem.ToString());
        Assert.Equal(EvidenceErrorCodes.WindowInvalid, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_Answer_The_Uptime_Of_An_Unknown_Node_With_404()
    {
        var to = DateTimeOffset.UtcNow;
        var problem = await ProblemAsync(await fixture.Admin.GetAsync($"/api/nodes/{Guid.NewGuid()}/uptime?from={At(to.AddDays(-1))}&to={At(to)}"),
            HttpStatusCode.NotFound);
        Assert.Equal(VendorManagerErrorCodes.EntityNotFound, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_Account_For_Every_Second_Of_The_Uptime_Window()
    {
        var node = await fixture.NewNodeAsync();
        await ProbeEvidence.RecordEventfulFortyMinutesAsync(fixture.Factory, node.Id);
        var to = DateTimeOffset.UtcNow;

        var uptime = await fixture.Admin.GetFromJsonAsync<NodeUptimeDto>($"/api/nodes/{node.Id}/uptime?from={At(to.AddHours(-1))}&to={At(to)}", Json.Options);

        Assert.Equal(3600, uptime!.WindowSeconds, 3);
        Assert.Equal(uptime.WindowSeconds, uptime.UpSeconds + uptime.DegradedSeconds + uptime.DownSeconds + uptime.UnknownSeconds, 6);
        Assert.True(uptime.DownSeconds > 0 && uptime.DegradedSeconds > 0 && uptime.UnknownSeconds > 0, JsonSerializer.Serialize(uptime));
        Assert.NotNull(uptime.AvailabilityPercent);
    }
}
