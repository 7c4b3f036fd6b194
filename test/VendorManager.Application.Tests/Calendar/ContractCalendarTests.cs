using VendorManager.Calendar;
using VendorManager.Contracts;
using VendorManager.TestBase.Builders;
using Xunit;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>The calendar page's data: deadlines of the coming months, filtered by vendor and kind.</summary>
public sealed class ContractCalendarTests : CalendarTestBase
{
    private Task<ContractCalendarDto> CalendarAsync(GetContractCalendarInput input)
        => WithAsync<ICalendarAppService, ContractCalendarDto>(s => s.GetContractDeadlinesAsync(input));

    [Fact]
    public async Task Should_List_The_Coming_Months_Deadlines_In_Date_Order_Filtered_By_Vendor_And_Kind()
    {
        var agfa = await NewVendorAsync("Agfa");
        var sectra = await NewVendorAsync("Sectra");
        var owner = await NewUserAsync();
        var a = await CreateAsync(new ContractInputBuilder(agfa.Id, owner.Id).Numbered("A-1")
            .Renewing(RenewalKind.ExplicitDecision, 1, PeriodUnit.Years, 6, PeriodUnit.Months));
        var s = await CreateAsync(new ContractInputBuilder(sectra.Id, owner.Id).Numbered("S-1").InZone("America/New_York")
            .Running(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)));

        var all = await CalendarAsync(new GetContractCalendarInput());

        Assert.Equal(
        [
            (s.Id, ContractDeadlineKind.Renewal, new DateOnly(2026, 4, 1)),
            (a.Id, ContractDeadlineKind.NoticeDeadline, new DateOnly(2026, 6, 30)),
            (s.Id, ContractDeadlineKind.NoticeDeadline, new DateOnly(2026, 12, 31)),
            (a.Id, ContractDeadlineKind.End, new DateOnly(2026, 12, 31)),
        ], all.Items.Select(i => (i.ContractId, i.Kind, i.Date)));
        Assert.Equal(["Agfa", "Sectra"], all.Vendors.Select(v => v.Name));
        var renewal = all.Items[0];
        Assert.Equal(("Sectra", "S-1", "America/New_York", 30), (renewal.VendorName, renewal.Number, renewal.TimeZoneId, renewal.DaysFromToday));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (renewal.TermStart, renewal.TermEnd));
        // The day ends at midnight in New York, 04:00 UTC in summer time.
        Assert.Equal(new DateTime(2026, 4, 2, 4, 0, 0, DateTimeKind.Utc), renewal.DayEndsAtUtc);
        Assert.Equal("Notice deadline: Agfa A-1", all.Items[1].Summary);
        Assert.StartsWith("Last day to give notice or decide on renewal.", all.Items[1].Advice);

        var sectraOnly = await CalendarAsync(new GetContractCalendarInput { VendorId = sectra.Id });
        Assert.All(sectraOnly.Items, i => Assert.Equal(s.Id, i.ContractId));
        Assert.Equal(2, sectraOnly.Vendors.Count);
        var ends = await CalendarAsync(new GetContractCalendarInput { Kind = ContractDeadlineKind.End });
        Assert.Equal([(a.Id, new DateOnly(2026, 12, 31))], ends.Items.Select(i => (i.ContractId, i.Date)));
        var threeMonths = await CalendarAsync(new GetContractCalendarInput { Months = 3 });
        Assert.Equal([new DateOnly(2026, 4, 1)], threeMonths.Items.Select(i => i.Date));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public async Task Should_Refuse_A_Window_Out_Of_Range(int months)
    {
        var refused = await Assert.ThrowsAsync<BusinessException>(() => CalendarAsync(new GetContractCalendarInput { Months = months }));
        Assert.Equal(CalendarErrorCodes.MonthsOutOfRange, refused.Code);
    }
}
