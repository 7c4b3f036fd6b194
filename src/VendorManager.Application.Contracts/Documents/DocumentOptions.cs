namespace VendorManager.Documents;

/// <summary>The "Documents" settings. Here, beside the service, because the API and pages enforce the same limit on requests.</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>The largest document accepted, in bytes.</summary>
    public long MaxBytes { get; set; } = DocumentConsts.DefaultMaxBytes;

    /// <summary>Where uploads that arrive as a stream wait while they are checked; the system's temporary folder when empty.</summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>The error for an unusable setting; null when the settings are usable.</summary>
    public string? Problem() => MaxBytes <= 0 ? "Documents:MaxBytes must be a positive number of bytes, e.g. 26214400 for 25 MiB." : null;
}
