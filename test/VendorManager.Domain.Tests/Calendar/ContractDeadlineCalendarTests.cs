using NodaTime;
using VendorManager.Calendar;
using VendorManager.Contracts;
using Xunit;
using static VendorManager.Domain.Tests.Contracts.ContractTestData;

namespace VendorManager.Domain.Tests.Calendar;

public sealed class ContractDeadlineCalendarTests
{
    private static readonly CalendarWindow TwelveMonths = new(DaysBack: 0, MonthsAhead: 12);

    private static (ContractDeadlineKind Kind, LocalDate Date)[] Within(Contract contract, DateTime now, CalendarWindow? window = null)
        => ContractDeadlineCalendar.Within(contract.Schedule(), now, window ?? TwelveMonths).Select(d => (d.Kind, d.Date)).ToArray();

    [Fact]
    public void Should_Take_A_Tacit_Renewals_Deadline_From_The_Current_Term_Not_The_First()
    {
        // Signed in 2023, renewed tacitly every year since; nothing recorded after the first term.
        var contract = Automatic("2023-01-01", "2023-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

        var deadlines = ContractDeadlineCalendar.Within(contract.Schedule(), On("2026-03-02"), TwelveMonths);

        Assert.Equal(
            [(ContractDeadlineKind.NoticeDeadline, D("2026-09-30")), (ContractDeadlineKind.Renewal, D("2027-01-01"))],
            deadlines.Select(d => (d.Kind, d.Date)));
        Assert.Equal((D("2026-01-01"), D("2026-12-31")), (deadlines[0].Term.Start, deadlines[0].Term.End));
        Assert.Equal((D("2027-01-01"), D("2027-12-31"), false), (deadlines[1].Term.Start, deadlines[1].Term.End, deadlines[1].Term.IsRecorded));
    }

    [Fact]
    public void Should_List_Every_Monthly_Deadline_In_The_Window_Not_Only_The_Next()
    {
        var contract = Automatic("2026-01-31", "2026-02-27", ContractPeriod.Months(1), ContractPeriod.Days(14));

        var deadlines = Within(contract, On("2026-03-02"), new CalendarWindow(0, 3));

        // Anniversaries from 31 January clamp and come back: 31 March, 30 April, 31 May.
        Assert.Equal(
        [
            (ContractDeadlineKind.NoticeDeadline, D("2026-03-16")),
            (ContractDeadlineKind.Renewal, D("2026-03-31")),
            (ContractDeadlineKind.NoticeDeadline, D("2026-04-15")),
            (ContractDeadlineKind.Renewal, D("2026-04-30")),
            (ContractDeadlineKind.NoticeDeadline, D("2026-05-16")),
            (ContractDeadlineKind.Renewal, D("2026-05-31")),
        ], deadlines);
    }

    [Fact]
    public void Should_Give_The_Open_Decision_And_The_End_Of_A_Contract_Renewed_By_Decision()
    {
        var contract = ByDecision("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(6));

        Assert.Equal(
            [(ContractDeadlineKind.NoticeDeadline, D("2026-06-30")), (ContractDeadlineKind.End, D("2026-12-31"))],
            Within(contract, On("2026-03-02")));
    }

    [Fact]
    public void Should_Show_A_Recorded_Renewal_And_Only_The_Latest_Terms_Decision()
    {
        var contract = ByDecision("2025-07-01", "2026-06-30", ContractPeriod.Years(1), ContractPeriod.Months(3));
        contract.Renew(null, On("2026-03-01"));

        Assert.Equal([(ContractDeadlineKind.Renewal, D("2026-07-01"))], Within(contract, On("2026-03-02")));
        Assert.Equal(
            [(ContractDeadlineKind.Renewal, D("2026-07-01")), (ContractDeadlineKind.NoticeDeadline, D("2027-03-30")), (ContractDeadlineKind.End, D("2027-06-30"))],
            Within(contract, On("2026-03-02"), new CalendarWindow(0, 24)));
    }

    [Fact]
    public void Should_Give_Nothing_For_A_Terminated_Or_An_Expired_Contract()
    {
        var terminated = Automatic("2026-01-01", "2026-12-31", ContractPeriod.Years(1), ContractPeriod.Months(3));
        terminated.Terminate(D("2026-12-31"), "Replaced", On("2026-03-01"));
        var expired = NewContract("2025-01-01", "2026-02-28");

        Assert.Empty(Within(terminated, On("2026-03-02")));
        Assert.Empty(Within(expired, On("2026-03-02"), new CalendarWindow(DaysBack: 30, MonthsAhead: 12)));
    }

    [Fact]
    public void Should_Show_A_Contract_That_Has_Not_Started_Yet()
    {
        var draft = NewContract("2026-06-01", "2027-05-31");

        Assert.Equal([(ContractDeadlineKind.End, D("2027-05-31"))], Within(draft, On("2026-03-02"), new CalendarWindow(0, 15)));
    }

    [Fact]
    public void Should_Keep_Days_Just_Passed_Within_The_Look_Back()
    {
        var contract = Automatic("2025-06-01", "2026-05-31", ContractPeriod.Years(1), ContractPeriod.Months(3));

        // The deadline was 28 February; on 2 March it is two days ago.
        Assert.Equal([(ContractDeadlineKind.NoticeDeadline, D("2026-02-28"))], Within(contract, On("2026-03-02"), new CalendarWindow(30, 1)));
        Assert.Empty(Within(contract, On("2026-03-02"), new CalendarWindow(0, 1)));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public void Should_Read_Today_And_The_Window_In_The_Contracts_Zone(string zone)
    {
        // 1 March 2026 at 12:00 UTC is already 2 March at UTC+14 and still 1 March at UTC-11.
        var contract = NewContract("2025-03-02", "2026-03-01", zone);

        var deadlines = Within(contract, Utc("2026-03-01T12:00:00Z"));

        Assert.Equal(zone == "Pacific/Kiritimati" ? [] : [(ContractDeadlineKind.End, D("2026-03-01"))], deadlines);
    }

    [Fact]
    public void Should_Agree_With_The_Date_Engine_On_Every_Next_Date()
    {
        var random = new Random(17);
        var zones = new[] { Amsterdam, "America/New_York", "Pacific/Apia", "Asia/Kolkata" };
        for (var i = 0; i < 500; i++)
        {
            var start = D("2022-01-31").PlusDays(random.Next(0, 1500));
            var contract = NewContract(start.ToString("uuuu-MM-dd", null), start.PlusMonths(random.Next(1, 36)).PlusDays(-1).ToString("uuuu-MM-dd", null), zones[i % zones.Length]);
            var kind = (RenewalKind)random.Next(0, 3);
            if (kind != RenewalKind.None)
            {
                var renewal = random.Next(3) == 0 ? ContractPeriod.Months(random.Next(1, 4)) : ContractPeriod.Years(1);
                contract.ChangeRenewal(kind, renewal, ContractPeriod.Days(random.Next(0, 120)), On("2020-01-01"));
            }
            var now = On("2026-03-02");
            var dates = ContractDateEngine.Evaluate(contract, now);
            var deadlines = ContractDeadlineCalendar.Within(contract.Schedule(), now, new CalendarWindow(0, 120));

            LocalDate? First(ContractDeadlineKind k, LocalDate after) => deadlines.Where(d => d.Kind == k && d.Date >= after).Select(d => (LocalDate?)d.Date).FirstOrDefault();
            var certainRenewal = dates.NextTerm is { } next && (next.IsRecorded || next.Origin == ContractTermOrigin.TacitRenewal) ? next.Start : (LocalDate?)null;
            var context = $"case {i}: {contract.Terms[0].Start}..{contract.Terms[0].End} {contract.RenewalKind} {contract.RenewalPeriod} notice {contract.NoticePeriod} in {contract.TimeZoneId}, today {dates.Today}";
            Assert.True(dates.NextNoticeDeadline == First(ContractDeadlineKind.NoticeDeadline, dates.Today), $"{context}: engine {dates.NextNoticeDeadline}, calendar {First(ContractDeadlineKind.NoticeDeadline, dates.Today)}");
            // An expired contract's end lies in the past, where the calendar does not look.
            Assert.True((dates.End >= dates.Today ? dates.End : null) == First(ContractDeadlineKind.End, dates.Today), context);
            Assert.True(certainRenewal == First(ContractDeadlineKind.Renewal, dates.Today.PlusDays(1)), context);
        }
    }
}
