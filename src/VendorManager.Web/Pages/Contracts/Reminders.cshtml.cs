using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Contracts;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>A contract manager's decision about a reminder that may not have arrived, or that failed.</summary>
[Authorize(VendorManagerPermissions.Contracts.Manage)]
public sealed class RemindersModel(IContractReminderAppService reminders) : AppPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid ReminderId { get; set; }

    public IActionResult OnGet() => BackToLog();

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
        => DecideAsync(() => reminders.ConfirmDeliveredAsync(Id, ReminderId, ct), "Marked as delivered; it will not be sent again.");

    public Task<IActionResult> OnPostRequeueAsync(CancellationToken ct)
        => DecideAsync(() => reminders.RequeueAsync(Id, ReminderId, ct), "Queued again: the next run of the reminder job sends it, with the same Message-Id.");

    private async Task<IActionResult> DecideAsync(Func<Task<ContractReminderDispatchDto>> decide, string done)
    {
        try
        {
            await decide();
            TempData["Success"] = done;
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        catch (BusinessException ex)
        {
            // The reminder moved on meanwhile (another manager decided, or the job sent it): say so on the contract page.
            TempData["Error"] = ex.Message;
        }
        return BackToLog();
    }

    private RedirectResult BackToLog() => Redirect(Url.Page("Details", new { id = Id }) + "#sent-reminders");
}
