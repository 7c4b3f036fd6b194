using System.Text;
using VendorManager.Contracts;
using Xunit;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>
/// Outlook and Google import what RFC 5545 describes and little else, so the feed is checked both
/// ways: parsed back by Ical.Net, and read line by line for the rules a lenient parser forgives.
/// </summary>
public sealed class CalendarFeedFormatTests : CalendarTestBase
{
    [Fact]
    public async Task Should_Be_An_Rfc_5545_Calendar_With_Crlf_Lines_Of_At_Most_75_Octets_That_Ical_Net_Reads_Back()
    {
        await ActAsSubscriberAsync();
        // Characters of two, three and four octets in UTF-8 (the last a surrogate pair in .NET), and the
        // comma and semicolon that TEXT values escape, in a vendor name long enough to fold.
        const string vendorName = "Ärzte-Systeme Zürich, Ünïcødé; 医療画像 PACS 🏥 Medical Imaging Solutions International";
        var vendor = await NewVendorAsync(vendorName);
        var contract = await CreateAsync(new VendorManager.TestBase.Builders.ContractInputBuilder(vendor.Id, (await NewUserAsync()).Id)
            .Numbered("SC-🏥-2026").Titled("Archive 🗄️ maintenance, storage; \"quoted\" and a backslash \\ too")
            .Renewing(RenewalKind.ExplicitDecision, 1, PeriodUnit.Years, 3, PeriodUnit.Months));
        var feed = await CreateFeedAsync();

        var bytes = (await RenderAsync(feed.Token))!.Content;
        var text = Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.DoesNotContain('\uFFFD', text);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.DoesNotMatch("\r[^\n]", text);
        var physical = SplitCrlf(bytes);
        Assert.All(physical, line => Assert.True(line.Length <= 75, $"{line.Length} octets: {Encoding.UTF8.GetString(line)}"));
        Assert.Contains(physical, line => line.Length == 75 || line.Length == 74 || line.Length == 73);

        var lines = Unfold(text);
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VCALENDAR"));
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("PRODID:-//VendorManager//Contract calendar 1.0//EN", lines);
        Assert.Contains("METHOD:PUBLISH", lines);
        Assert.Contains("CALSCALE:GREGORIAN", lines);
        Assert.Contains("X-WR-CALNAME:VendorManager deadlines", lines);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT4H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT4H", lines);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:20260930", lines);
        Assert.Contains("DTEND;VALUE=DATE:20261001", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20261231", lines);
        Assert.Contains("DTEND;VALUE=DATE:20270101", lines);
        Assert.Contains("TRIGGER:-P7D", lines);
        Assert.Contains("TRANSP:TRANSPARENT", lines);
        Assert.Contains(lines, l => l.StartsWith("DTSTAMP:", StringComparison.Ordinal) && l.EndsWith('Z'));
        Assert.Contains(@"SUMMARY:Notice deadline: Ärzte-Systeme Zürich\, Ünïcødé\; 医療画像 PACS 🏥 Medical Imaging Solutions International SC-🏥-2026", lines);

        var parsed = Parse(text);
        Assert.Equal("2.0", parsed.Version);
        Assert.Equal("PUBLISH", parsed.Method);
        var deadline = parsed.Events.Single(e => e.DtStart!.Date == new DateOnly(2026, 9, 30));
        Assert.Equal($"Notice deadline: {vendorName} SC-🏥-2026", deadline.Summary);
        Assert.Contains("Archive 🗄️ maintenance, storage; \"quoted\" and a backslash \\ too", deadline.Description);
        Assert.Equal($"contract-{contract.Id:N}-notice-deadline-20260930@vendormanager", deadline.Uid);
    }

    private static List<byte[]> SplitCrlf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            lines.Add(bytes[start..i]);
            start = i + 2;
        }
        Assert.Equal(bytes.Length, start);
        return lines;
    }

    private static List<string> Unfold(string text)
        => text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
