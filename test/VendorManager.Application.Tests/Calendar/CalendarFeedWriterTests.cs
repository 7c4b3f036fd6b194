using System.Text;
using NodaTime;
using VendorManager.Calendar;
using Xunit;

namespace VendorManager.Application.Tests.Calendar;

/// <summary>The writer on its own: the entry shapes other sources (maintenance windows) will use, folding, reuse.</summary>
public sealed class CalendarFeedWriterTests
{
    private static readonly CalendarFeedHeader Header = new("Test", "Test feed", TimeSpan.FromHours(4));
    private static readonly DateTime Stamp = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Write_A_Timed_Entry_In_Utc()
    {
        var entry = new CalendarEntry("window-1@vendormanager", new Timed(new DateTime(2026, 3, 28, 22, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 29, 2, 0, 0, DateTimeKind.Utc)),
            "Maintenance window", null, null, null, Stamp);

        var text = Encoding.UTF8.GetString(new CalendarFeedWriter().Write(Header, [entry]).Content);

        Assert.Contains("DTSTART:20260328T220000Z\r\n", text);
        Assert.Contains("DTEND:20260329T020000Z\r\n", text);
        Assert.Throws<ArgumentException>(() => new Timed(new DateTime(2026, 3, 28, 22, 0, 0, DateTimeKind.Local), new DateTime(2026, 3, 29, 2, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Should_Fold_Without_Cutting_A_Character_In_Two()
    {
        // Every length of ASCII prefix puts the fold at a different place in the four-octet characters.
        for (var prefix = 0; prefix < 8; prefix++)
        {
            var summary = new string('x', prefix) + string.Concat(Enumerable.Repeat("🏥é医", 30));
            var entry = new CalendarEntry("u@vm", new AllDay(new LocalDate(2026, 9, 30)), summary, null, null, null, Stamp);

            var content = new CalendarFeedWriter().Write(Header, [entry]).Content;
            var text = Encoding.UTF8.GetString(content);

            Assert.DoesNotContain('\uFFFD', text);
            Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= IcsFolding.MaxLineOctets));
            Assert.Equal(summary, Ical.Net.Calendar.Load(text)!.Events.Single().Summary);
        }
    }

    [Fact]
    public void Should_Give_The_Same_Bytes_For_The_Same_Entries_And_Change_Only_With_Them()
    {
        var writer = new CalendarFeedWriter();
        var entries = Enumerable.Range(1, 50)
            .Select(i => new CalendarEntry($"u{i}@vm", new AllDay(new LocalDate(2026, 9, 30).PlusDays(i)), $"Deadline {i}", "Do something", new Uri("https://vm.example/Contracts/1"), "Notice deadline", Stamp, 7))
            .ToList();

        var first = writer.Write(Header, entries);
        var second = writer.Write(Header, entries.Select(e => e with { }).ToList());
        var changed = writer.Write(Header, [.. entries.Take(49), entries[49] with { Summary = "Deadline fifty" }]);

        Assert.Equal(first.Content, second.Content);
        Assert.Equal(first.ETag, second.ETag);
        Assert.NotEqual(first.ETag, changed.ETag);
        Assert.Contains("SUMMARY:Deadline fifty\r\n", Encoding.UTF8.GetString(changed.Content));
        Assert.Equal(50, changed.EventCount);
    }
}
