namespace VendorManager.Nodes.VersionSources;

/// <summary>
/// A software version read from a node over its own (non-DICOM) API, or why it could not be.
/// Strings from the node are clipped to <see cref="MaxLength"/> characters: they are shown and
/// stored, and a misbehaving server must not decide how much.
/// </summary>
public sealed record OutOfBandVersionResult
{
    public const int MaxLength = 64;

    private OutOfBandVersionResult()
    {
    }

    public bool IsSuccess => Failure is null;

    /// <summary>"1.10.1"; set on success.</summary>
    public string? Version { get; private init; }

    /// <summary>The product that answered ("Orthanc"); set on success.</summary>
    public string? ProductName { get; private init; }

    /// <summary>The instance's own name ("Name" in Orthanc's configuration), when it reports one.</summary>
    public string? InstanceName { get; private init; }

    /// <summary>The AE title the product says it answers to, worth comparing with the node's registered one.</summary>
    public string? DicomAeTitle { get; private init; }

    /// <summary>The REST API revision, when the product reports one.</summary>
    public int? ApiVersion { get; private init; }

    public OutOfBandVersionFailure? Failure { get; private init; }

    /// <summary>The HTTP status when one was received (also on success).</summary>
    public int? HttpStatus { get; private init; }

    /// <summary>A readable explanation; null on success.</summary>
    public string? Reason { get; private init; }

    public static OutOfBandVersionResult Success(string version, string productName, string? instanceName = null,
        string? dicomAeTitle = null, int? apiVersion = null, int? httpStatus = 200) => new()
    {
        Version = Clip(version),
        ProductName = Clip(productName),
        InstanceName = ClipOrNull(instanceName),
        DicomAeTitle = ClipOrNull(dicomAeTitle),
        ApiVersion = apiVersion,
        HttpStatus = httpStatus,
    };

    public static OutOfBandVersionResult Failed(OutOfBandVersionFailure failure, string reason, int? httpStatus = null) => new()
    {
        Failure = failure,
        Reason = reason,
        HttpStatus = httpStatus,
    };

    public static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxLength ? line : line[..MaxLength];
    }

    private static string? ClipOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clip(text);

    public override string ToString() => IsSuccess ? $"{ProductName} {Version}" : $"{Failure}: {Reason}";
}
