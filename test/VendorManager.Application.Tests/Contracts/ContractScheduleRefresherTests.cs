using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.TestBase.Builders;
using Xunit;

namespace VendorManager.Application.Tests.Contracts;

public sealed class ContractScheduleRefresherTests : ContractTestBase
{
    private Task<ContractScheduleRefreshResult> RunAsync()
        => WithAsync<ContractScheduleRefresher, ContractScheduleRefreshResult>(r => r.RunAsync());

    [Fact]
    public async Task Should_Record_Every_Tacit_Renewal_That_Started_Once_And_Only_Once()
    {
        // Monthly from November 2025: by 2 March 2026 the December, January, February and March terms have started.
        var monthly = await CreateAsync((await NewContractInputAsync())
            .Running(new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30)).Renewing(RenewalKind.Automatic, 1, PeriodUnit.Months, 0));
        var yearly = await CreateAsync(await NewContractInputAsync());

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((1, 4, 0), (first.ContractsRolledOver, first.TermsRecorded, first.Failed));
        Assert.Equal((0, 0, 0), (second.ContractsRolledOver, second.TermsRecorded, second.Failed));
        var terms = (await Contracts(s => s.GetAsync(monthly.Id))).Terms;
        Assert.Equal(5, terms.Count);
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), ContractTermOrigin.TacitRenewal, Now),
            (terms[^1].Start, terms[^1].End, terms[^1].Origin, terms[^1].RecordedAt));
        Assert.Single((await Contracts(s => s.GetAsync(yearly.Id))).Terms);
    }

    [Fact]
    public async Task Should_Record_A_Renewal_On_The_Day_It_Starts_In_The_Contracts_Zone()
    {
        // The term ends 2 March; the next starts on 3 March, which begins at 23:00 UTC on the 2nd in Amsterdam.
        var created = await CreateAsync((await NewContractInputAsync())
            .Running(new DateOnly(2025, 3, 3), new DateOnly(2026, 3, 2)).Renewing(RenewalKind.Automatic, 1, PeriodUnit.Years, 0));

        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 22, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, (await RunAsync()).TermsRecorded);
        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, (await RunAsync()).TermsRecorded);
        Assert.Equal(2, (await Contracts(s => s.GetAsync(created.Id))).Terms.Count);
    }

    [Fact]
    public async Task Should_Refresh_Expired_Listings_And_Leave_Terminated_Contracts_Alone()
    {
        var running = await CreateAsync(await NewContractInputAsync());
        var ended = await CreateAsync((await NewContractInputAsync()).Running(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        await Contracts(s => s.TerminateAsync(ended.Id, new TerminateContractInput { EffectiveOn = new DateOnly(2026, 6, 30), Reason = "Ended early" }));

        Services.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero));
        var result = await RunAsync();

        Assert.Equal((0, 1), (result.TermsRecorded, result.ListingsRefreshed));
        var listed = await Contracts(s => s.GetListAsync(new GetContractListInput { Status = ContractStatus.InNoticePeriod }));
        Assert.Equal(running.Id, Assert.Single(listed.Items).Id);
    }
}
