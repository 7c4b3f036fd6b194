namespace VendorManager.Nodes;

/// <summary>The CSV columns and the spellings spreadsheets use for them.</summary>
internal static class NodeCsvColumns
{
    public static readonly string[] All =
        ["name", "ae_title", "host", "port", "calling_ae_title", "role", "site", "vendor", "expected_version", "probe", "interval_seconds", "degraded_latency_ms", "enabled"];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["aetitle"] = "ae_title", ["ae"] = "ae_title", ["called_ae"] = "ae_title", ["called_ae_title"] = "ae_title",
        ["hostname"] = "host", ["ip"] = "host", ["address"] = "host",
        ["calling_ae"] = "calling_ae_title", ["callingaetitle"] = "calling_ae_title",
        ["interval"] = "interval_seconds", ["version"] = "expected_version",
    };

    /// <summary>"AE Title", "ae-title" and "AETitle" all become "ae_title".</summary>
    public static string Canonical(string header)
    {
        var key = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }
}
