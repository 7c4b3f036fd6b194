namespace VendorManager.Vendors;

/// <summary>
/// How the vendor connects for remote support and under which conditions. Stored with the vendor
/// (an owned value): hospitals audit who may reach the PACS from outside.
/// </summary>
public sealed record RemoteSupport
{
    public static readonly RemoteSupport NotArranged = new();

    public RemoteSupportMethod Method { get; private init; }
    public string? Details { get; private init; }
    /// <summary>Each session must be approved by our on-call administrator before it opens.</summary>
    public bool RequiresApprovalPerSession { get; private init; }

    private RemoteSupport() { }

    public static RemoteSupport Create(RemoteSupportMethod method, string? details, bool requiresApprovalPerSession)
    {
        if (!Enum.IsDefined(method))
            throw new BusinessException(VendorManagerErrorCodes.Vendors.RemoteSupportDetailsRequired,
                "Unknown remote-support method.", "RemoteSupport.Method");
        var text = Check.Optional(details, VendorConsts.MaxRemoteSupportDetailsLength, "RemoteSupport.Details",
            VendorManagerErrorCodes.Vendors.FieldTooLong, "Remote-support details");
        if (method is not RemoteSupportMethod.None and not RemoteSupportMethod.OnSiteOnly && text is null)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.RemoteSupportDetailsRequired,
                "Describe the remote-support arrangement (gateway, VPN profile, who approves sessions).", "RemoteSupport.Details");
        return new RemoteSupport { Method = method, Details = text, RequiresApprovalPerSession = requiresApprovalPerSession };
    }
}
