using System.Net;
using System.Net.Http.Json;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Permissions;
using VendorManager.TestBase.Http;
using VendorManager.Web.Tests.Api;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Pages;

/// <summary>The reminder log on the contract page, and a contract manager's decision about a reminder that may not have arrived.</summary>
public sealed class ContractReminderPagesTests(PermissionMatrixFixture fixture) : IClassFixture<PermissionMatrixFixture>
{
    private async Task<ContractReminderDispatchDto> ReminderAsync(Guid contractId, Guid reminderId)
        => (await fixture.Admin.GetFromJsonAsync<List<ContractReminderDispatchDto>>($"/api/contracts/{contractId}/reminders", Json.Options))!
            .Single(r => r.Id == reminderId);

    private async Task<HttpResponseMessage> PostAsync(string role, string url)
    {
        var token = AntiforgeryForm.Token(await fixture.PageClient(role).GetStringAsync("/Account/ApiTokens"));
        return await fixture.PageClient(role).PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task Should_Show_The_Log_And_Let_A_Manager_Confirm_An_Uncertain_Reminder_Arrived()
    {
        var (contract, reminderId) = await fixture.NewContractWithReminderAsync();

        var page = await fixture.PageClient(VendorManagerRoles.ContractAdmin).GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains("reminders-awaiting-decision", page);
        Assert.Contains("owner@hospital.example.org", page);
        Assert.Contains("uncertain", page);

        using var response = await PostAsync(VendorManagerRoles.ContractAdmin, $"/Contracts/{contract.Id}/Reminders/{reminderId}?handler=Confirm");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/Contracts/{contract.Id}#sent-reminders", response.Headers.Location!.ToString());
        Assert.Equal(ReminderDispatchState.Sent, (await ReminderAsync(contract.Id, reminderId)).State);
        Assert.DoesNotContain("reminders-awaiting-decision", await fixture.PageClient(VendorManagerRoles.ContractAdmin).GetStringAsync($"/Contracts/{contract.Id}"));
    }

    [Fact]
    public async Task Should_Queue_A_Failed_Reminder_Again_And_Say_So_When_It_Already_Moved_On()
    {
        var (contract, reminderId) = await fixture.NewContractWithReminderAsync(ReminderDispatchState.Failed);

        using (await PostAsync(VendorManagerRoles.Administrator, $"/Contracts/{contract.Id}/Reminders/{reminderId}?handler=Requeue"))
            Assert.Equal(ReminderDispatchState.Pending, (await ReminderAsync(contract.Id, reminderId)).State);

        // A second decision on a reminder that is already queued is refused with a readable message, and nothing changes.
        var admin = fixture.PageClient(VendorManagerRoles.Administrator);
        using var again = await PostAsync(VendorManagerRoles.Administrator, $"/Contracts/{contract.Id}/Reminders/{reminderId}?handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("alert-danger", await admin.GetStringAsync(again.Headers.Location!));
        Assert.Equal(ReminderDispatchState.Pending, (await ReminderAsync(contract.Id, reminderId)).State);
    }

    [Theory]
    [InlineData(VendorManagerRoles.Procurement)]
    [InlineData(VendorManagerRoles.Auditor)]
    public async Task Should_Show_Readers_The_Log_But_Let_Them_Decide_Nothing(string role)
    {
        var (contract, reminderId) = await fixture.NewContractWithReminderAsync();

        var page = await fixture.PageClient(role).GetStringAsync($"/Contracts/{contract.Id}");
        Assert.Contains("reminder-log", page);
        Assert.DoesNotContain("handler=Confirm", page);

        foreach (var handler in new[] { "Confirm", "Requeue" })
        {
            using var response = await PostAsync(role, $"/Contracts/{contract.Id}/Reminders/{reminderId}?handler={handler}");
            Assert.StartsWith("/Account/AccessDenied", new Uri(new Uri("http://localhost"), response.Headers.Location!).PathAndQuery);
        }
        Assert.True(RolePermissionGrants.IsGranted([role], VendorManagerPermissions.Contracts.Read));
        Assert.Equal(ReminderDispatchState.Uncertain, (await ReminderAsync(contract.Id, reminderId)).State);
    }
}
