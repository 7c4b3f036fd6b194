namespace VendorManager.Nodes;

/// <summary>Where a node listens: its AE title, host and port. Constructing one is the validation.</summary>
public sealed record NodeEndpoint
{
    public string AeTitle { get; }
    public string Host { get; }
    public int Port { get; }

    public NodeEndpoint(string? aeTitle, string? host, int port)
    {
        AeTitle = Nodes.AeTitle.Validate(aeTitle, nameof(AeTitle));
        Host = HostName.Validate(host, nameof(Host));
        if (port is < 1 or > 65535)
            throw new BusinessException(VendorManagerErrorCodes.Nodes.PortOutOfRange, $"Port {port} is out of range: use 1 to 65535 (DICOM's registered port is 104, common alternatives 11112 and 4242).", nameof(Port));
        Port = port;
    }

    public override string ToString() => $"{AeTitle}@{Host}:{Port}";
}
