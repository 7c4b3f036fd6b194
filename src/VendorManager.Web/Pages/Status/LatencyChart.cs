using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using VendorManager.Evidence;

namespace VendorManager.Web.Pages.Status;

/// <summary>
/// A node's latency over a window as a PNG drawn on the server, so the page needs no chart library
/// in the browser. Raw samples are drawn while they are kept; hours they no longer cover fall back
/// to the hourly mean and 95th percentile. Down and unknown stretches are shaded behind the points.
/// </summary>
public static class LatencyChart
{
    public const int Width = 1100;
    public const int Height = 340;
    /// <summary>Installed by fonts-dejavu-core, which the test script and the deploy notes ask for.</summary>
    public const string PreferredFont = "DejaVu Sans";

    // Bootstrap's colours, so the chart matches the badges and strips on the same page.
    private static readonly Color UpColor = Color.FromHex("#0d6efd");
    private static readonly Color DegradedColor = Color.FromHex("#fd7e14");
    private static readonly Color DownColor = Color.FromHex("#dc3545");
    private static readonly Color UnknownColor = Color.FromHex("#6c757d");
    private static readonly Color MeanColor = Color.FromHex("#0d6efd");
    private static readonly Color P95Color = Color.FromHex("#6610f2");

    /// <summary>Tints of a shaded column: a quarter, half, three quarters or all of it in the state.</summary>
    private const int ShadeLevels = 4;

    private static readonly Lazy<string> FontName = new(PickFont);

    public static byte[] RenderPng(NodeHistoryDto history, string title)
    {
        ArgumentNullException.ThrowIfNull(history);
        using var plot = new Plot();
        plot.Font.Set(FontName.Value);
        plot.Title(title, 15);
        plot.YLabel("Latency (ms)");
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is DateTimeAutomatic ticks)
            ticks.LabelFormatter = TickLabel;

        Shade(plot, history, ProbeState.Unknown, 0.2, "Unknown (monitoring gap)");
        Shade(plot, history, ProbeState.Down, 0.35, "Down");
        double?[] tops = [AddSamples(plot, history.Samples), AddRollups(plot, history)];
        var top = tops.Max() ?? 0;

        if (tops.All(t => t is null))
        {
            var note = plot.Add.Annotation("No samples in this window", Alignment.MiddleCenter);
            note.LabelFontSize = 16;
            note.LabelFontColor = UnknownColor;
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = UnknownColor;
            note.LabelShadowColor = Colors.Transparent;
        }
        // The window, not the data, sets the x axis: an empty hour on the right means no probes then.
        plot.Axes.SetLimits(history.From.ToOADate(), history.To.ToOADate(), 0, top > 0 ? top * 1.15 : 10);
        if (plot.GetPlottables().Any(p => p.LegendItems.Any(i => !string.IsNullOrEmpty(i.LabelText))))
            plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Latency of each kept probe, one colour per state; returns the highest latency drawn, null when none was.</summary>
    private static double? AddSamples(Plot plot, IReadOnlyList<RawSampleDto> samples)
    {
        double? top = null;
        foreach (var (state, color) in new[] { (ProbeState.Up, UpColor), (ProbeState.Degraded, DegradedColor), (ProbeState.Down, DownColor) })
        {
            var points = samples.Where(s => s.State == state && s.LatencyMs is not null).ToList();
            if (points.Count == 0) continue;
            var xs = points.Select(s => s.At.ToOADate()).ToArray();
            var ys = points.Select(s => s.LatencyMs!.Value).ToArray();
            var scatter = plot.Add.ScatterPoints(xs, ys, color);
            scatter.MarkerSize = points.Count > 5_000 ? 2 : 4;
            scatter.LegendText = state.ToString();
            top = Math.Max(top ?? 0, ys.Max());
        }
        return top;
    }

    /// <summary>Hourly mean and p95 for the hours no raw sample covers (older than the raw retention); returns the highest value drawn, null when none was.</summary>
    private static double? AddRollups(Plot plot, NodeHistoryDto history)
    {
        var rawHours = history.Samples.Select(s => HourOf(s.At)).ToHashSet();
        var hours = history.HourlyRollups
            .Where(r => r.LatencyMeanMs is not null && !rawHours.Contains(r.BucketStart) && r.BucketStart < history.To)
            .OrderBy(r => r.BucketStart)
            .ToList();
        if (hours.Count == 0) return null;
        // Drawn at the middle of its hour, which is where its probes were on average.
        var xs = hours.Select(r => r.BucketStart.AddMinutes(30).ToOADate()).ToArray();
        var mean = plot.Add.Scatter(xs, hours.Select(r => r.LatencyMeanMs!.Value).ToArray(), MeanColor);
        mean.MarkerSize = 3;
        mean.LegendText = "Hourly mean";
        var p95Values = hours.Select(r => r.LatencyP95Ms ?? r.LatencyMeanMs!.Value).ToArray();
        var p95 = plot.Add.Scatter(xs, p95Values, P95Color);
        p95.MarkerSize = 3;
        p95.LinePattern = LinePattern.Dashed;
        p95.LegendText = "Hourly p95";
        return Math.Max(p95Values.Max(), hours.Max(r => r.LatencyMaxMs ?? 0));
    }

    private static void Shade(Plot plot, NodeHistoryDto history, ProbeState state, double alpha, string label)
    {
        // Worked out per pixel column: a column's tint says how much of it the node spent in the
        // state. A month of one-minute outages then reads as a faint tint, not a solid block nor
        // thousands of spans, and even the shortest outage keeps at least the faintest tint.
        var start = history.From.Ticks;
        var columnTicks = (double)(history.To - history.From).Ticks / Width;
        if (columnTicks <= 0) return;
        var share = new double[Width];
        foreach (var i in history.Intervals.Where(i => i.State == state))
        {
            var a = Math.Max(0, (i.From.Ticks - start) / columnTicks);
            var b = Math.Min(Width, (i.To.Ticks - start) / columnTicks);
            for (var c = (int)a; c < b; c++)
                share[c] += Math.Min(b, c + 1) - Math.Max(a, c);
        }
        var levels = share.Select(f => f <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(f * ShadeLevels), 1, ShadeLevels)).ToArray();

        DateTime At(int column) => new(start + (long)(column * columnTicks), DateTimeKind.Utc);
        var labelled = false;
        for (var c = 0; c < Width;)
        {
            var end = c + 1;
            while (end < Width && levels[end] == levels[c]) end++;
            if (levels[c] > 0)
            {
                var span = plot.Add.HorizontalSpan(At(c).ToOADate(), At(end).ToOADate(), (state == ProbeState.Down ? DownColor : UnknownColor).WithAlpha(alpha * levels[c] / ShadeLevels));
                span.LineWidth = 0;
                if (!labelled) span.LegendText = label;
                labelled = true;
            }
            c = end;
        }
    }

    /// <summary>The date at midnight and the time elsewhere, so every window reads the same way without crowding the axis.</summary>
    private static string TickLabel(DateTime tick)
    {
        // Ticks come back through OLE dates and may miss midnight by a hair.
        var minute = new DateTime((tick.Ticks + TimeSpan.TicksPerMinute / 2) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute);
        return minute.ToString(minute.TimeOfDay == TimeSpan.Zero ? "dd MMM" : "HH:mm", CultureInfo.InvariantCulture);
    }

    private static DateTime HourOf(DateTime at) => new(at.Year, at.Month, at.Day, at.Hour, 0, 0, at.Kind);

    /// <summary>
    /// A family Skia lacks silently becomes some other font, on a bare server perhaps one without the
    /// glyphs we need; so ask for DejaVu Sans and keep ScottPlot's own choice when it is not installed.
    /// </summary>
    private static string PickFont()
        => string.Equals(Fonts.GetTypeface(PreferredFont, bold: false, italic: false)?.FamilyName, PreferredFont, StringComparison.OrdinalIgnoreCase)
            ? PreferredFont
            : Fonts.Default;
}
