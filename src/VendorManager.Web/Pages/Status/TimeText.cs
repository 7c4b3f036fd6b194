using System.Globalization;

namespace VendorManager.Web.Pages.Status;

/// <summary>Instants and durations as the status pages print them: always UTC, named as such, never the server's zone.</summary>
public static class TimeText
{
    public static string Utc(DateTime? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : "—";

    /// <summary>For a &lt;time datetime&gt; attribute.</summary>
    public static string Iso(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>"5 min ago" relative to <paramref name="now"/>, the moment the page was generated.</summary>
    public static string Ago(DateTime? at, DateTime now)
    {
        if (at is not { } value) return "never";
        var span = now - value;
        return span < TimeSpan.FromSeconds(1) ? "just now" : Duration(span) + " ago";
    }

    /// <summary>The two largest units are enough to read at a glance: "2 d 3 h", "4 min 10 s".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span.TotalDays >= 1) return $"{(int)span.TotalDays} d {span.Hours} h";
        if (span.TotalHours >= 1) return $"{span.Hours} h {span.Minutes} min";
        if (span.TotalMinutes >= 1) return $"{span.Minutes} min {span.Seconds} s";
        return $"{span.Seconds} s";
    }

    public static string Latency(double? ms) => ms is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + " ms" : "—";
}
