using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VendorManager.Contracts;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Web.Tests.Api;

/// <summary>What a script sees of /api/contracts: JSON dates, deadlines with their instants, and ProblemDetails for every mistake.</summary>
public sealed class ContractApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;

    private async Task<Dictionary<string, object?>> NewBodyAsync() => PermissionMatrixFixture.ContractBody((await fixture.NewVendorAsync()).Id, await fixture.OwnerIdAsync());

    [Fact]
    public async Task Should_Create_And_Read_A_Contract_With_Iso_Dates_And_Coverage_Times()
    {
        var body = await NewBodyAsync();
        body["start"] = "2030-01-01";
        body["end"] = "2030-12-31";
        body["sla"] = PermissionMatrixFixture.SlaBody();

        var response = await fixture.Admin.PostAsJsonAsync("/api/contracts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await fixture.Admin.GetFromJsonAsync<JsonElement>(response.Headers.Location!);

        Assert.Equal("2030-01-01", json.GetProperty("terms")[0].GetProperty("start").GetString());
        Assert.Equal("Draft", json.GetProperty("status").GetString());
        Assert.Equal("Europe/Amsterdam", json.GetProperty("timeZoneId").GetString());
        var window = json.GetProperty("sla").GetProperty("coverageWindows")[0];
        Assert.Equal(("Monday", "07:30:00", "18:00:00"), (window.GetProperty("day").GetString(), window.GetProperty("from").GetString(), window.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Vendor_That_A_Contract_Still_Names_With_409()
    {
        var contract = await fixture.NewContractAsync();

        var problem = await ProblemAsync(await fixture.Admin.DeleteAsync($"/api/vendors/{contract.VendorId}"), HttpStatusCode.Conflict);

        Assert.Equal(VendorManagerErrorCodes.Vendors.StillReferenced, Code(problem));
        Assert.Contains(contract.Number, problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.GetAsync($"/api/vendors/{contract.VendorId}")).StatusCode);
    }

    [Fact]
    public async Task Should_Give_Each_Deadline_As_A_Local_Date_And_Its_Utc_Instant()
    {
        var body = await NewBodyAsync();
        body["start"] = "2030-01-01";
        body["end"] = "2030-12-31";
        var created = await (await fixture.Admin.PostAsJsonAsync("/api/contracts", body)).Content.ReadFromJsonAsync<ContractDto>(Json.Options);

        var deadlines = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{created!.Id}/deadlines");

        // 30 September ends at midnight Amsterdam summer time; the renewal begins at midnight winter time.
        var notice = deadlines.GetProperty("noticeDeadline");
        Assert.Equal(("2030-09-30", "2030-09-30T22:00:00Z"), (notice.GetProperty("date").GetString(), notice.GetProperty("utc").GetString()));
        var renewal = deadlines.GetProperty("nextRenewal");
        Assert.Equal(("2031-01-01", "2030-12-31T23:00:00Z"), (renewal.GetProperty("date").GetString(), renewal.GetProperty("utc").GetString()));
        Assert.Equal(JsonValueKind.Null, deadlines.GetProperty("end").ValueKind);
        var reminders = deadlines.GetProperty("reminders").EnumerateArray().ToList();
        Assert.Equal(["2030-07-02", "2030-08-01", "2030-08-31"], reminders.Select(r => r.GetProperty("dueOn").GetString()));
        Assert.All(reminders, r => Assert.Equal("NoticeDeadline", r.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Should_Answer_Bad_Sla_Terms_With_400_And_Every_Broken_Field_With_Its_Code()
    {
        var contract = await fixture.NewContractAsync();
        var sla = PermissionMatrixFixture.SlaBody();
        sla["availabilityTarget"] = 0m;
        sla["degradedWeight"] = 2m;
        sla["creditTiers"] = new object[] { new { belowPercent = 99.9m, creditPercent = 5m }, new { belowPercent = 99.95m, creditPercent = 10m } };

        var problem = await ProblemAsync(await fixture.Admin.PutAsJsonAsync($"/api/contracts/{contract.Id}/sla", sla), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["sla.availabilityTarget", "sla.degradedWeight", "sla.creditTiers[1].belowPercent"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(Codes.SlaAvailabilityTargetOutOfRange, Code(problem));
        var fieldErrors = problem.GetProperty("fieldErrors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("code").GetString());
        Assert.Equal(Codes.SlaDegradedWeightOutOfRange, fieldErrors["sla.degradedWeight"]);
        Assert.Equal(Codes.SlaCreditThresholdsNotDescending, fieldErrors["sla.creditTiers[1].belowPercent"]);
        Assert.Contains("and 2 more", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_Answer_Dates_In_The_Wrong_Order_Or_Out_Of_Range_With_Field_Errors()
    {
        var reversed = await NewBodyAsync();
        reversed["start"] = "2026-12-31";
        reversed["end"] = "2026-01-01";
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/contracts", reversed), HttpStatusCode.BadRequest);
        Assert.Equal(Codes.TermEndBeforeStart, Code(problem));
        Assert.True(problem.GetProperty("errors").TryGetProperty("end", out _), problem.ToString());

        var ancient = await NewBodyAsync();
        ancient["start"] = "1900-01-01";
        problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/contracts", ancient), HttpStatusCode.BadRequest);
        Assert.Equal(Codes.DateOutOfRange, Code(problem));
        Assert.True(problem.GetProperty("errors").TryGetProperty("start", out _), problem.ToString());
    }

    [Fact]
    public async Task Should_Answer_A_Date_That_Does_Not_Exist_With_400_Not_500()
    {
        var body = await NewBodyAsync();
        var json = JsonSerializer.Serialize(body).Replace(body["end"]!.ToString()!, "2026-02-30", StringComparison.Ordinal);
        var problem = await ProblemAsync(await fixture.Admin.PostAsync("/api/contracts", new StringContent(json, Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);
        Assert.Equal(VendorManagerErrorCodes.ValidationFailed, Code(problem));
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Contains("end", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Or_Disabled_Owner_With_400_At_OwnerId()
    {
        var body = await NewBodyAsync();
        body["ownerId"] = Guid.NewGuid();
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/contracts", body), HttpStatusCode.BadRequest);
        Assert.Equal(Codes.OwnerNotFound, Code(problem));
        Assert.True(problem.GetProperty("errors").TryGetProperty("ownerId", out _));
    }

    [Fact]
    public async Task Should_Answer_Unknown_Contracts_With_404()
    {
        var id = Guid.NewGuid();
        Assert.Equal(VendorManagerErrorCodes.EntityNotFound, Code(await ProblemAsync(await fixture.Admin.GetAsync($"/api/contracts/{id}"), HttpStatusCode.NotFound)));
        await ProblemAsync(await fixture.Admin.GetAsync($"/api/contracts/{id}/deadlines"), HttpStatusCode.NotFound);
        await ProblemAsync(await fixture.Admin.PostAsJsonAsync($"/api/contracts/{id}/renew", new { }), HttpStatusCode.NotFound);
        await ProblemAsync(await fixture.Admin.DeleteAsync($"/api/contracts/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Answer_A_Stale_Edit_Or_A_Duplicate_Number_With_409()
    {
        var contract = await fixture.NewContractAsync();
        var first = PermissionMatrixFixture.UpdateBody(contract);
        first["title"] = "First edit";
        (await fixture.Admin.PutAsJsonAsync($"/api/contracts/{contract.Id}", first)).EnsureSuccessStatusCode();
        var second = PermissionMatrixFixture.UpdateBody(contract);
        second["title"] = "Second edit";

        var stale = await ProblemAsync(await fixture.Admin.PutAsJsonAsync($"/api/contracts/{contract.Id}", second), HttpStatusCode.Conflict);
        Assert.Equal(VendorManagerErrorCodes.ConcurrencyConflict, Code(stale));
        var staleSla = await ProblemAsync(await fixture.Admin.DeleteAsync($"/api/contracts/{contract.Id}/sla?concurrencyStamp={contract.ConcurrencyStamp}"), HttpStatusCode.Conflict);
        Assert.Equal(VendorManagerErrorCodes.ConcurrencyConflict, Code(staleSla));
        Assert.Equal("First edit", (await fixture.Admin.GetFromJsonAsync<ContractDto>($"/api/contracts/{contract.Id}", Json.Options))!.Title);

        var duplicate = PermissionMatrixFixture.ContractBody(contract.VendorId, contract.Owner.Id);
        duplicate["number"] = contract.Number.ToLowerInvariant();
        var conflict = await ProblemAsync(await fixture.Admin.PostAsJsonAsync("/api/contracts", duplicate), HttpStatusCode.Conflict);
        Assert.Equal(Codes.NumberAlreadyExists, Code(conflict));
    }

    [Fact]
    public async Task Should_Answer_A_Renewal_Before_The_Term_Starts_With_422()
    {
        var contract = await fixture.NewContractAsync(new DateOnly(2030, 1, 1));
        var problem = await ProblemAsync(await fixture.Admin.PostAsJsonAsync($"/api/contracts/{contract.Id}/renew", new { }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(Codes.RenewalTooEarly, Code(problem));
    }

    [Fact]
    public async Task Should_List_Contracts_By_Status_And_Deadline_Window()
    {
        var soon = await fixture.NewContractAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-230));
        var list = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts?vendorId={soon.VendorId}&noticeDeadlineWithinDays=90&status=InNoticePeriod");
        Assert.Equal(1, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(soon.Id, list.GetProperty("items")[0].GetProperty("id").GetGuid());

        var none = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts?vendorId={soon.VendorId}&status=Expired");
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Should_Describe_Every_Contract_Endpoint_In_The_OpenApi_Document()
    {
        var paths = (await fixture.ApiClient(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        foreach (var path in new[] { "/api/contracts", "/api/contracts/{id}", "/api/contracts/{id}/deadlines", "/api/contracts/{id}/sla", "/api/contracts/{id}/reminder-lead-days" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }
}
