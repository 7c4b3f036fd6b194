using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.EntityFrameworkCore;
using VendorManager.TestBase.Builders;
using Xunit;

namespace VendorManager.Application.Tests.Contracts;

/// <summary>The list filters on the listing stored with each contract; it must be exact at every instant.</summary>
public sealed class ContractListTests : ContractTestBase
{
    private Task<ContractListItemDto[]> ListAsync(GetContractListInput input)
        => Contracts(async s => (await s.GetListAsync(input)).Items.ToArray());

    [Fact]
    public async Task Should_Refresh_A_Listing_The_Moment_Its_Validity_Passes_Without_Editing_The_Contract()
    {
        // Automatic renewal, notice deadline 30 September; 90 days before it is 2 July, which starts at 22:00 UTC on 1 July in Amsterdam.
        var created = await CreateAsync(await NewContractInputAsync());
        var stored = await StoredAsync(created.Id);
        Assert.Equal(new DateTime(2026, 7, 1, 22, 0, 0, DateTimeKind.Utc), stored.ListingValidUntilUtc);

        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 21, 59, 59, TimeSpan.Zero));
        Assert.Single(await ListAsync(new GetContractListInput { Status = ContractStatus.Active }));
        Assert.Empty(await ListAsync(new GetContractListInput { Status = ContractStatus.InNoticePeriod }));

        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.Zero));
        Assert.Empty(await ListAsync(new GetContractListInput { Status = ContractStatus.Active }));
        var listed = Assert.Single(await ListAsync(new GetContractListInput { Status = ContractStatus.InNoticePeriod }));
        Assert.Equal((created.Id, new DateOnly(2026, 9, 30)), (listed.Id, listed.NextNoticeDeadline));

        // A day passing is not an edit: same stamp, no modification, no history.
        var refreshed = await StoredAsync(created.Id);
        Assert.Equal((created.ConcurrencyStamp, (DateTime?)null), (refreshed.ConcurrencyStamp, refreshed.ModifiedAt));
        Assert.Equal(new DateTime(2026, 9, 30, 22, 0, 0, DateTimeKind.Utc), refreshed.ListingValidUntilUtc);
        Assert.DoesNotContain(await Contracts(s => s.GetHistoryAsync(created.Id)), h => h.ChangeType == "Updated");

        // After the deadline the renewal is certain and the next deadline is a year on.
        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var renewed = Assert.Single(await ListAsync(new GetContractListInput()));
        Assert.Equal((ContractStatus.Renewed, new DateOnly(2027, 9, 30)), (renewed.Status, renewed.NextNoticeDeadline));
    }

    [Fact]
    public async Task Should_Not_Let_A_Listing_Refresh_Overwrite_A_Contract_Saved_Meanwhile()
    {
        var created = await CreateAsync(await NewContractInputAsync());
        var stale = await Services.InScopeAsync(async sp => await sp.GetRequiredService<IContractListingRepository>().ReadForListingAsync([created.Id]));
        await Contracts(s => s.SetReminderLeadDaysAsync(created.Id, new SetReminderLeadDaysInput { ReminderLeadDays = [365] }));

        var written = await Services.InScopeAsync(sp => sp.GetRequiredService<IContractListingRepository>().SaveListingsAsync(
            [new ContractListingUpdate(created.Id, stale[0].ConcurrencyStamp, ContractListing.Of(stale[0].Schedule(), Now))]));

        Assert.Equal(0, written);
        Assert.Equal(ContractStatus.InNoticePeriod, (await StoredAsync(created.Id)).ListedStatus);
    }

    [Fact]
    public async Task Should_Filter_By_Vendor_Status_Kind_And_Text_And_Sort_And_Page()
    {
        var first = await NewContractInputAsync();
        var second = new ContractInputBuilder((await NewVendorAsync("Other vendor")).Id, (await NewUserAsync()).Id);
        var a = await CreateAsync(first.Numbered("A-100").Titled("Archive maintenance"));
        var b = await CreateAsync(first.Numbered("B-200").Titled("Modality licence").OfKind(ContractKind.Licence).Renewing(RenewalKind.None));
        var c = await CreateAsync(first.Numbered("C-300").Titled("Old support").OfKind(ContractKind.Support).Running(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
        var d = await CreateAsync(second.Numbered("D-400").Titled("Staffing").OfKind(ContractKind.Staffing).Running(new DateOnly(2026, 6, 1), new DateOnly(2027, 5, 31)));

        Assert.Equal([a.Id, b.Id, c.Id], (await ListAsync(new GetContractListInput { VendorId = first.BuildCreate().VendorId })).Select(i => i.Id));
        Assert.Equal([c.Id], (await ListAsync(new GetContractListInput { Status = ContractStatus.Expired })).Select(i => i.Id));
        Assert.Equal([d.Id], (await ListAsync(new GetContractListInput { Status = ContractStatus.Draft })).Select(i => i.Id));
        Assert.Equal([b.Id], (await ListAsync(new GetContractListInput { Kind = ContractKind.Licence })).Select(i => i.Id));
        Assert.Equal([b.Id], (await ListAsync(new GetContractListInput { Filter = "LICENCE" })).Select(i => i.Id));
        Assert.Equal([c.Id], (await ListAsync(new GetContractListInput { Filter = "c-3" })).Select(i => i.Id));
        Assert.Equal([d.Id, c.Id, b.Id, a.Id], (await ListAsync(new GetContractListInput { Sorting = "number desc" })).Select(i => i.Id));

        var page = await Contracts(s => s.GetListAsync(new GetContractListInput { SkipCount = 1, MaxResultCount = 2 }));
        Assert.Equal(4, page.TotalCount);
        Assert.Equal([b.Id, c.Id], page.Items.Select(i => i.Id));

        var item = (await ListAsync(new GetContractListInput { Filter = "D-400" }))[0];
        Assert.Equal(("Other vendor", ContractStatus.Draft, "Europe/Amsterdam"), (item.VendorName, item.Status, item.TimeZoneId));
        Assert.StartsWith("owner-", item.OwnerUserName);
    }

    [Fact]
    public async Task Should_Sort_By_Vendor_Name_Then_Number()
    {
        var owner = (await NewUserAsync()).Id;
        var zeta = new ContractInputBuilder((await NewVendorAsync("zeta imaging")).Id, owner);
        var alpha = new ContractInputBuilder((await NewVendorAsync("Alpha PACS")).Id, owner);
        var z1 = await CreateAsync(zeta.Numbered("A-1"));
        var a2 = await CreateAsync(alpha.Numbered("B-2"));
        var a1 = await CreateAsync(alpha.Numbered("A-1"));

        Assert.Equal([a1.Id, a2.Id, z1.Id], (await ListAsync(new GetContractListInput { Sorting = "vendor" })).Select(i => i.Id));
        Assert.Equal([z1.Id, a1.Id, a2.Id], (await ListAsync(new GetContractListInput { Sorting = "vendor desc" })).Select(i => i.Id));
    }

    [Fact]
    public async Task Should_Sort_By_Next_Notice_Deadline_With_Contracts_Without_One_Last()
    {
        var builder = await NewContractInputAsync();
        var none = await CreateAsync(builder.Numbered("N").Renewing(RenewalKind.None));
        var later = await CreateAsync(builder.Numbered("L").Renewing(RenewalKind.Automatic).Running(new DateOnly(2026, 3, 1), new DateOnly(2027, 2, 28)));
        var sooner = await CreateAsync(builder.Numbered("S").Running(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));

        Assert.Equal([sooner.Id, later.Id, none.Id], (await ListAsync(new GetContractListInput { Sorting = "nextNoticeDeadline" })).Select(i => i.Id));
        Assert.Equal([later.Id, sooner.Id, none.Id], (await ListAsync(new GetContractListInput { Sorting = "nextNoticeDeadline desc" })).Select(i => i.Id));
    }

    [Fact]
    public async Task Should_Count_Notice_Deadline_Days_From_Today_In_Each_Contracts_Own_Zone()
    {
        // Both deadlines are 12 March 2026 (the term's last day, 12 April, minus one month). At 09:00 UTC on
        // 2 March it is already 23:00 on the 2nd in Kiritimati (UTC+14) but still 23:00 on the 1st in Honolulu (UTC-10).
        var builder = (await NewContractInputAsync()).Running(new DateOnly(2025, 4, 13), new DateOnly(2026, 4, 12))
            .Renewing(RenewalKind.Automatic, 1, PeriodUnit.Years, 1, PeriodUnit.Months);
        var kiritimati = await CreateAsync(builder.Numbered("KIR").InZone("Pacific/Kiritimati"));
        var honolulu = await CreateAsync(builder.Numbered("HNL").InZone("Pacific/Honolulu"));
        await CreateAsync(builder.Numbered("FAR").InZone("Europe/Amsterdam").Running(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        await CreateAsync(builder.Numbered("NONE").Renewing(RenewalKind.None));

        Assert.Equal([kiritimati.Id], (await ListAsync(new GetContractListInput { NoticeDeadlineWithinDays = 10 })).Select(i => i.Id));
        Assert.Equal([honolulu.Id, kiritimati.Id], (await ListAsync(new GetContractListInput { NoticeDeadlineWithinDays = 11 })).Select(i => i.Id));
        Assert.Empty(await ListAsync(new GetContractListInput { NoticeDeadlineWithinDays = 0 }));

        // Twelve hours on, it is the 2nd in Honolulu too.
        Services.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal([honolulu.Id, kiritimati.Id], (await ListAsync(new GetContractListInput { NoticeDeadlineWithinDays = 10 })).Select(i => i.Id));
    }

    private Task<Contract> StoredAsync(Guid id)
        => Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Contracts.AsNoTracking().SingleAsync(c => c.Id == id));
}
