using System.Globalization;
using CsvHelper;
using VendorManager.Vendors;

namespace VendorManager.Nodes;

/// <summary>One CSV row into a create input; values that cannot be read become messages, not exceptions.</summary>
internal static class NodeCsvRow
{
    public static async Task<(CreateDicomNodeInput? Input, List<string> Errors)> ParseAsync(CsvReader reader, IVendorRepository vendors, CancellationToken ct)
    {
        var errors = new List<string>();
        string? Field(string name) => reader.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var input = new CreateDicomNodeInput
        {
            Name = Field("name") ?? "",
            AeTitle = reader.TryGetField<string>("ae_title", out var ae) ? ae ?? "" : "",
            Host = Field("host") ?? "",
            CallingAeTitle = Field("calling_ae_title"),
            Site = Field("site"),
            ExpectedVersion = Field("expected_version"),
        };

        var port = Field("port");
        if (port is null) errors.Add("Port is required.");
        else if (int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p)) input.Port = p;
        else errors.Add($"Port '{port}' is not a whole number.");

        if (Field("role") is { } role)
        {
            if (Enum.TryParse<NodeRole>(role, ignoreCase: true, out var r) && Enum.IsDefined(r)) input.Role = r;
            else errors.Add($"Role '{role}' is unknown: use {string.Join(", ", Enum.GetNames<NodeRole>())}.");
        }

        if (Field("probe") is { } probe)
        {
            var normalized = probe.Replace("+", "And", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (Enum.TryParse<ProbeKind>(normalized, ignoreCase: true, out var k) && Enum.IsDefined(k)) input.ProbeKind = k;
            else errors.Add($"Probe '{probe}' is unknown: use echo or echo+find.");
        }

        if (Field("interval_seconds") is { } interval)
        {
            if (int.TryParse(interval, NumberStyles.None, CultureInfo.InvariantCulture, out var i)) input.IntervalSeconds = i;
            else errors.Add($"Interval '{interval}' is not a whole number of seconds.");
        }

        if (Field("degraded_latency_ms") is { } latency)
        {
            if (int.TryParse(latency, NumberStyles.None, CultureInfo.InvariantCulture, out var l)) input.DegradedLatencyMs = l;
            else errors.Add($"Degraded latency '{latency}' is not a whole number of milliseconds.");
        }

        if (Field("enabled") is { } enabled)
        {
            bool? value = enabled.ToLowerInvariant() switch
            {
                "true" or "yes" or "y" or "1" => true,
                "false" or "no" or "n" or "0" => false,
                _ => null,
            };
            if (value is null) errors.Add($"Enabled '{enabled}' is not yes/no.");
            else input.Enabled = value.Value;
        }

        if (Field("vendor") is { } vendorName)
        {
            var vendor = await vendors.FindByNormalizedNameAsync(Vendor.NormalizeName(vendorName), ct);
            if (vendor is null) errors.Add($"There is no vendor named '{vendorName}'; create it first or leave the column empty.");
            else input.VendorId = vendor.Id;
        }
        return (input, errors);
    }
}
