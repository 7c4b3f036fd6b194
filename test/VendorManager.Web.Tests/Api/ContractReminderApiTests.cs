using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VendorManager.Contracts;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>What the contract page reads of a contract's reminders, and the decisions it sends back.</summary>
public sealed class ContractReminderApiTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    [Fact]
    public async Task Should_List_A_Contracts_Reminders_And_Confirm_An_Uncertain_One_Only_Once()
    {
        var (contract, reminderId) = await fixture.NewContractWithReminderAsync();

        var list = await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{contract.Id}/reminders");
        var reminder = Assert.Single(list.EnumerateArray());
        Assert.Equal((reminderId.ToString(), "NoticeDeadline", 30, "Uncertain", true),
            (reminder.GetProperty("id").GetString(), reminder.GetProperty("target").GetString(), reminder.GetProperty("leadDays").GetInt32(),
             reminder.GetProperty("state").GetString(), reminder.GetProperty("awaitsDecision").GetBoolean()));
        Assert.Equal(contract.Terms[^1].End.AddMonths(-3).AddDays(-30).ToString("yyyy-MM-dd"), reminder.GetProperty("dueOn").GetString());
        Assert.Equal("owner@hospital.example.org", reminder.GetProperty("recipients")[0].GetString());

        var confirmed = await fixture.Admin.PostAsync($"/api/contracts/{contract.Id}/reminders/{reminderId}/confirm-delivered", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Sent", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());

        var again = await fixture.Admin.PostAsync($"/api/contracts/{contract.Id}/reminders/{reminderId}/requeue", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(VendorManagerErrorCodes.Contracts.ReminderNotAwaitingDecision,
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Reminder_Of_Another_Contract_Or_An_Unknown_Contract()
    {
        var (_, reminderId) = await fixture.NewContractWithReminderAsync();
        var other = await fixture.NewContractAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.PostAsync($"/api/contracts/{other.Id}/reminders/{reminderId}/requeue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Admin.GetAsync($"/api/contracts/{Guid.NewGuid()}/reminders")).StatusCode);
        Assert.Empty((await fixture.Admin.GetFromJsonAsync<JsonElement>($"/api/contracts/{other.Id}/reminders")).EnumerateArray());
    }
}
