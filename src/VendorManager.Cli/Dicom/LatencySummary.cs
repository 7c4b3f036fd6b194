using System.Globalization;

namespace VendorManager.Cli.Dicom;

/// <summary>Count, failures, rate and latency percentiles of a run of association cycles.</summary>
public sealed record LatencySummary(int Count, int Failures, double CyclesPerSecond, double MedianMs, double P95Ms, double DimseMedianMs, double DimseP95Ms, double MaxMs)
{
    public static LatencySummary From(IReadOnlyList<double> cycleMs, IReadOnlyList<double> dimseMs, int failures, TimeSpan elapsed) => new(
        cycleMs.Count,
        failures,
        elapsed > TimeSpan.Zero ? cycleMs.Count / elapsed.TotalSeconds : 0,
        Percentile(cycleMs, 0.50),
        Percentile(cycleMs, 0.95),
        Percentile(dimseMs, 0.50),
        Percentile(dimseMs, 0.95),
        cycleMs.Count == 0 ? 0 : cycleMs.Max());

    /// <summary>Nearest-rank percentile; 0 for an empty list.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Count} cycles, {Failures} failed, {CyclesPerSecond:0.0} cycles/s, cycle median {MedianMs:0.000} ms p95 {P95Ms:0.000} ms max {MaxMs:0.000} ms, DIMSE median {DimseMedianMs:0.000} ms p95 {DimseP95Ms:0.000} ms");
}
