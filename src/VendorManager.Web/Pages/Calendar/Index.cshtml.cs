using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Calendar;
using VendorManager.Controllers;
using VendorManager.Permissions;

namespace VendorManager.Web.Pages.Calendar;

/// <summary>The deadlines of the coming months as an agenda by month, and the user's calendar subscriptions.</summary>
[Authorize(VendorManagerPermissions.Contracts.Read)]
public sealed class IndexModel(ICalendarAppService calendar, ICalendarFeedAppService feeds) : AppPageModel
{
    public static readonly IReadOnlyList<int> MonthChoices = [3, 6, 12, 24, 36];

    [BindProperty(SupportsGet = true)] public int Months { get; set; } = ContractCalendarConsts.DefaultMonthsAhead;
    [BindProperty(SupportsGet = true)] public Guid? Vendor { get; set; }
    [BindProperty(SupportsGet = true)] public ContractDeadlineKind? Kind { get; set; }

    [BindProperty]
    public CreateCalendarFeedInput FeedInput { get; set; } = new();

    public ContractCalendarDto Calendar { get; private set; } = new(ContractCalendarConsts.DefaultMonthsAhead, [], []);
    public IReadOnlyList<CalendarFeedDto> Feeds { get; private set; } = [];
    /// <summary>Set only in the answer to creating a feed: the one time its URL is shown.</summary>
    public IssuedCalendarFeedDto? Issued { get; private set; }

    public IEnumerable<IGrouping<DateOnly, ContractDeadlineDto>> ByMonth
        => Calendar.Items.GroupBy(i => new DateOnly(i.Date.Year, i.Date.Month, 1));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateFeedAsync(CancellationToken ct)
    {
        // The page answers directly rather than redirecting, so the secret URL never passes through TempData's cookie.
        if (ModelState.IsValid
            && await TryAsync(async () => Issued = await feeds.CreateAsync(FeedInput, RequestRoot.Of(Request), ct), field => $"{nameof(FeedInput)}.{field}"))
        {
            // An empty form for the next feed, not the name just used.
            ModelState.Remove($"{nameof(FeedInput)}.{nameof(FeedInput.Name)}");
            FeedInput = new();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(Guid id, CancellationToken ct)
    {
        await feeds.RevokeAsync(id, ct);
        TempData["Success"] = "Calendar feed revoked: calendars subscribed to it get no more updates.";
        return RedirectToPage(new { Months, Vendor, Kind });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!MonthChoices.Contains(Months)) Months = ContractCalendarConsts.DefaultMonthsAhead;
        Calendar = await calendar.GetContractDeadlinesAsync(new GetContractCalendarInput { Months = Months, VendorId = Vendor, Kind = Kind }, ct);
        Feeds = await feeds.GetMyFeedsAsync(ct);
    }

    public static string KindBadge(ContractDeadlineKind kind) => kind switch
    {
        ContractDeadlineKind.NoticeDeadline => "text-bg-warning",
        ContractDeadlineKind.End => "text-bg-danger",
        _ => "text-bg-info",
    };

    public static string Relative(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 => $"in {days} days",
        _ => $"{-days} days ago",
    };
}
