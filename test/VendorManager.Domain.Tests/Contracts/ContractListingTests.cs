using NodaTime;
using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractListingTests
{
    private static readonly string[] Zones =
        ["Europe/Amsterdam", "America/New_York", "America/Havana", "Pacific/Apia", "Pacific/Kiritimati", "Asia/Kolkata", "UTC"];

    [Fact]
    public void Should_Stay_Active_Until_The_Notice_Deadline_Enters_The_Lead_Window()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

        var listing = ContractListing.Of(contract.Schedule(), On("2026-03-02"));

        Assert.Equal(ContractStatus.Active, listing.Status);
        Assert.Equal(D("2026-09-30"), listing.NextNoticeDeadline);
        Assert.Null(listing.EndsOn);
        // 90 days before 30 September is 2 July; Amsterdam is at UTC+2 in summer, so that day starts at 22:00 UTC the day before.
        Assert.Equal(Utc("2026-07-01T22:00:00Z"), listing.StatusValidUntilUtc);
    }

    [Fact]
    public void Should_Hold_In_The_Notice_Period_Until_The_Day_After_The_Deadline()
    {
        var contract = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

        var listing = ContractListing.Of(contract.Schedule(), Utc("2026-07-01T22:00:00Z"));

        Assert.Equal(ContractStatus.InNoticePeriod, listing.Status);
        Assert.Equal(Utc("2026-09-30T22:00:00Z"), listing.StatusValidUntilUtc);
        Assert.False(listing.IsStale(Utc("2026-09-30T21:59:59Z")));
        Assert.True(listing.IsStale(Utc("2026-09-30T22:00:00Z")));
    }

    [Fact]
    public void Should_Never_Expire_For_A_Terminated_Or_An_Expired_Contract()
    {
        var terminated = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        terminated.Terminate(D("2026-12-31"), "Replaced by a new archive", On("2026-03-02"));
        var expired = NewContract("2025-01-01", "2025-12-31");

        Assert.Null(ContractListing.Of(terminated.Schedule(), On("2026-03-02")).StatusValidUntilUtc);
        var listing = ContractListing.Of(expired.Schedule(), On("2026-03-02"));
        Assert.Equal((ContractStatus.Expired, (DateTime?)null), (listing.Status, listing.StatusValidUntilUtc));
    }

    [Fact]
    public void Should_Be_Refreshed_By_The_Contract_With_Every_Change()
    {
        var contract = NewContract("2026-01-01", "2026-12-31", recordedOn: "2026-03-02");
        Assert.Equal(ContractStatus.Active, contract.Listing.Status);

        contract.SetReminderLeadDays([365]);
        contract.RefreshListing(On("2026-03-02"));

        Assert.Equal((ContractStatus.Expiring, D("2026-12-31")), (contract.Listing.Status, contract.Listing.EndsOn));
    }

    /// <summary>
    /// The promise behind the stored copy: at every instant before it expires, the engine gives the
    /// same status, next deadline and end. Checked day by day (at the first instant of each local
    /// day, where daylight saving and skipped midnights bite) for a few hundred generated contracts.
    /// </summary>
    [Fact]
    public void Should_Give_The_Same_Answer_As_The_Engine_At_Every_Day_Before_It_Expires()
    {
        var random = new Random(20261130);
        var checkedDays = 0;
        var longLived = 0;
        var needlessRefreshes = 0;
        for (var i = 0; i < 250; i++)
        {
            var zoneId = Zones[random.Next(Zones.Length)];
            var zone = ContractTimeZone.Get(zoneId);
            var contract = RandomContract(random, zoneId);
            var start = contract.Terms[0].Start;
            var now = ContractTimeZone.StartOfDayUtc(start.PlusDays(random.Next(-200, 900)), zone).AddMinutes(random.Next(0, 1440));
            var listing = ContractListing.Of(contract.Schedule(), now);
            var today = ContractTimeZone.Today(now, zone);

            Assert.True(listing.StatusValidUntilUtc is null || listing.StatusValidUntilUtc > now, $"case {i}: expired when computed");
            if (listing.StatusValidUntilUtc is not { } until || until > now.AddDays(2)) longLived++;
            if (listing.StatusValidUntilUtc is { } expiry && SameAnswer(listing, ContractDateEngine.Evaluate(contract.Schedule(), expiry))) needlessRefreshes++;

            for (var day = today.PlusDays(1); day <= today.PlusDays(400); day = day.PlusDays(1))
            {
                var instant = ContractTimeZone.StartOfDayUtc(day, zone);
                if (listing.StatusValidUntilUtc is { } validUntil && instant >= validUntil)
                {
                    AssertSame(listing, contract.Schedule(), validUntil.AddTicks(-1), i);
                    break;
                }
                AssertSame(listing, contract.Schedule(), instant, i);
                checkedDays++;
            }
        }
        Assert.True(checkedDays > 10_000, $"only {checkedDays} days checked");
        // Honest but not lazy: most copies hold for more than a couple of days, and most expiries are real changes.
        Assert.True(longLived > 200, $"only {longLived} of 250 listings held for more than two days");
        Assert.True(needlessRefreshes < 30, $"{needlessRefreshes} of 250 listings expired without a change");
    }

    private static void AssertSame(ContractListing listing, ContractSchedule schedule, DateTime at, int caseNo)
    {
        var dates = ContractDateEngine.Evaluate(schedule, at);
        Assert.True(SameAnswer(listing, dates), $"case {caseNo} at {at:O}: stored {listing}, engine {dates.Status} {dates.NextNoticeDeadline} {dates.End}");
    }

    private static bool SameAnswer(ContractListing listing, ContractDates dates)
        => (listing.Status, listing.NextNoticeDeadline, listing.EndsOn) == (dates.Status, dates.NextNoticeDeadline, dates.End);

    private static Contract RandomContract(Random random, string zone)
    {
        var start = new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 1100));
        var end = start.PlusDays(random.Next(0, 800));
        var contract = NewContract(start.ToString("uuuu-MM-dd", null), end.ToString("uuuu-MM-dd", null), zone);
        var kind = (RenewalKind)random.Next(0, 3);
        if (kind != RenewalKind.None)
        {
            var renewal = random.Next(4) switch
            {
                0 => ContractPeriod.Days(random.Next(1, 60)),
                1 => ContractPeriod.Weeks(random.Next(1, 10)),
                2 => ContractPeriod.Months(random.Next(1, 13)),
                _ => ContractPeriod.Years(random.Next(1, 3)),
            };
            var notice = random.Next(3) switch
            {
                0 => ContractPeriod.Zero,
                1 => ContractPeriod.Days(random.Next(1, 120)),
                _ => ContractPeriod.Months(random.Next(1, 4)),
            };
            contract.ChangeRenewal(kind, renewal, notice, On("2020-01-01"));
        }
        contract.SetReminderLeadDays(random.Next(4) switch
        {
            0 => [90, 60, 30],
            1 => [30],
            2 => [7, 1],
            _ => [365, 14],
        });
        var recordedAt = On(start.PlusDays(random.Next(0, 400)).ToString("uuuu-MM-dd", null));
        try
        {
            switch (random.Next(6))
            {
                case 0:
                    contract.Terminate(start.PlusDays(random.Next(0, 900)), "Generated termination", recordedAt);
                    break;
                case 1:
                    contract.Renew(null, recordedAt);
                    break;
            }
        }
        catch (BusinessException)
        {
            // Not every generated termination or renewal is allowed; the contract stays as it was.
        }
        return contract;
    }
}
