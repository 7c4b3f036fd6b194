using VendorManager.Entities;

namespace VendorManager.Nodes;

/// <summary>
/// An imaging system endpoint we probe for uptime and version evidence. Its name and its endpoint
/// (AE title, host, port) are each unique among nodes not deleted; <see cref="DicomNodeRegistrar"/>
/// enforces that, so renaming and moving go through it.
/// </summary>
[Audited]
public class DicomNode : AggregateRoot<Guid>
{
    public string Name { get; private set; } = null!;
    [DisableAuditing]
    public string NormalizedName { get; private set; } = null!;
    public string AeTitle { get; private set; } = null!;
    public string Host { get; private set; } = null!;
    public int Port { get; private set; }
    /// <summary>The AE title we call from; many PACS accept only callers they know.</summary>
    public string CallingAeTitle { get; private set; } = DicomNodeConsts.DefaultCallingAeTitle;
    public NodeRole Role { get; private set; }
    public string? Site { get; private set; }
    public Guid? VendorId { get; private set; }
    public string? ExpectedVersion { get; private set; }
    public ProbeSettings Probe { get; private set; } = ProbeSettings.Default;
    public OutOfBandVersionSource VersionSource { get; private set; } = OutOfBandVersionSource.None;
    public bool Enabled { get; private set; } = true;

    public NodeEndpoint Endpoint => new(AeTitle, Host, Port);

    private DicomNode() { }

    internal DicomNode(Guid id, string name, NodeEndpoint endpoint) : base(id)
    {
        SetName(name);
        MoveTo(endpoint);
    }

    internal void SetName(string? name)
    {
        Name = Check.NotBlank(name, DicomNodeConsts.MaxNameLength, nameof(Name),
            VendorManagerErrorCodes.Nodes.NameRequired, VendorManagerErrorCodes.Nodes.NameTooLong);
        NormalizedName = NormalizeName(Name);
    }

    public static string NormalizeName(string name) => name.Trim().ToUpperInvariant();

    internal void MoveTo(NodeEndpoint endpoint)
    {
        AeTitle = endpoint.AeTitle;
        Host = endpoint.Host;
        Port = endpoint.Port;
    }

    public void CallAs(string? callingAeTitle)
        => CallingAeTitle = string.IsNullOrWhiteSpace(callingAeTitle)
            ? DicomNodeConsts.DefaultCallingAeTitle
            : Nodes.AeTitle.Validate(callingAeTitle, nameof(CallingAeTitle), "Calling AE title");

    public void Classify(NodeRole role, string? site)
    {
        if (!Enum.IsDefined(role))
            throw new BusinessException(VendorManagerErrorCodes.Nodes.RoleInvalid, "Role must be Archive, Modality, Workstation, Router or Other.", nameof(Role));
        Role = role;
        Site = Check.Optional(site, DicomNodeConsts.MaxSiteLength, nameof(Site), VendorManagerErrorCodes.Nodes.FieldTooLong);
    }

    /// <summary>Only <see cref="DicomNodeRegistrar"/> calls this, after checking the vendor exists.</summary>
    internal void SuppliedBy(Guid? vendorId) => VendorId = vendorId;

    public void ExpectVersion(string? version)
        => ExpectedVersion = Check.Optional(version, DicomNodeConsts.MaxExpectedVersionLength, nameof(ExpectedVersion),
            VendorManagerErrorCodes.Nodes.FieldTooLong, "Expected version");

    public void ConfigureProbe(ProbeSettings settings) => Probe = settings;

    public void ReadVersionFrom(OutOfBandVersionSource source) => VersionSource = source ?? OutOfBandVersionSource.None;

    public void Enable() => Enabled = true;

    public void Disable() => Enabled = false;
}
