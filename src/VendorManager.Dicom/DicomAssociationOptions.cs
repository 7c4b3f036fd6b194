namespace VendorManager.Dicom;

/// <summary>
/// Where to connect and how long each stage may take. The three timeouts are separate on purpose
/// (fo-dicom #1875, #1284 show what mixing them costs): connect covers the TCP handshake, association
/// covers A-ASSOCIATE-RQ until AC/RJ and A-RELEASE until RP, DIMSE covers each wait for a response
/// message. <see cref="Deadline"/> caps the whole cycle whatever the stages do.
/// </summary>
public sealed record DicomAssociationOptions
{
    public required string Host { get; init; }

    public required int Port { get; init; }

    public required string CalledAe { get; init; }

    public string CallingAe { get; init; } = DicomImplementation.DefaultCallingAe;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan AssociationTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan DimseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Overall limit for connect + associate + DIMSE + release; null means only the stage timeouts apply.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>The Maximum Length we advertise for P-DATA-TF PDUs we receive; 0 means unlimited (still capped at 16 MiB).</summary>
    public uint MaxPduLength { get; init; } = 65536;

    /// <summary>Largest response data set (identifier) we accept before calling it a protocol error.</summary>
    public int MaxResponseDataSetBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> for values no peer could accept.</summary>
    public void Validate()
    {
        ValidateAe(CalledAe, nameof(CalledAe));
        ValidateAe(CallingAe, nameof(CallingAe));
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("host is required", nameof(Host));
        }

        if (Port is < 1 or > 65535)
        {
            throw new ArgumentException($"port {Port} is outside 1-65535", nameof(Port));
        }

        if (MaxPduLength is > 0 and < 1024)
        {
            throw new ArgumentException("max PDU length must be 0 (unlimited) or at least 1024", nameof(MaxPduLength));
        }

        ValidateTimeout(ConnectTimeout, nameof(ConnectTimeout));
        ValidateTimeout(AssociationTimeout, nameof(AssociationTimeout));
        ValidateTimeout(DimseTimeout, nameof(DimseTimeout));
        if (Deadline is { } deadline)
        {
            ValidateTimeout(deadline, nameof(Deadline));
        }
    }

    /// <summary>AE titles are 1-16 characters of the default repertoire without backslash or controls (PS3.5 6.2).</summary>
    private static void ValidateAe(string ae, string name)
    {
        if (string.IsNullOrWhiteSpace(ae) || ae.Length > 16 || ae.Any(c => c < 0x20 || c > 0x7E || c == '\\'))
        {
            throw new ArgumentException($"AE title '{ae}' must be 1-16 printable ASCII characters without backslash", name);
        }
    }

    private static void ValidateTimeout(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"{name} must be positive", name);
        }
    }
}
