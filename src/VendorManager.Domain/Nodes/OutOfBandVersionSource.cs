using VendorManager.Entities;

namespace VendorManager.Nodes;

/// <summary>
/// Where to read a node's product version besides its association (which names the DICOM toolkit,
/// not the product: Orthanc answers as DCMTK). The password is kept only in protected form; the
/// application layer protects and unprotects it.
/// </summary>
public sealed record OutOfBandVersionSource
{
    public OutOfBandVersionKind Kind { get; private init; }
    public string? BaseUrl { get; private init; }
    public string? UserName { get; private init; }
    /// <summary>Encrypted, yet still kept out of the change history.</summary>
    [DisableAuditing]
    public string? ProtectedPassword { get; private init; }

    public static readonly OutOfBandVersionSource None = new() { Kind = OutOfBandVersionKind.None };

    private OutOfBandVersionSource() { }

    public static OutOfBandVersionSource Create(OutOfBandVersionKind kind, string? baseUrl, string? userName, string? protectedPassword)
    {
        if (!Enum.IsDefined(kind))
            throw new BusinessException(VendorManagerErrorCodes.Nodes.VersionSourceInvalid, "The version source must be None or OrthancHttp.",
                "VersionSourceKind");
        if (kind == OutOfBandVersionKind.None) return None;

        var url = baseUrl?.Trim();
        if (string.IsNullOrEmpty(url) || url.Length > DicomNodeConsts.MaxVersionSourceUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new BusinessException(VendorManagerErrorCodes.Nodes.VersionSourceUrlInvalid,
                $"The version source needs an absolute http or https URL of at most {DicomNodeConsts.MaxVersionSourceUrlLength} characters, without credentials, query or fragment, e.g. http://orthanc.hospital.local:8042.",
                "VersionSourceUrl");
        var user = Check.Optional(userName, DicomNodeConsts.MaxVersionSourceUserNameLength, "VersionSourceUserName",
            VendorManagerErrorCodes.Nodes.FieldTooLong, "User name");
        return new OutOfBandVersionSource
        {
            Kind = kind,
            BaseUrl = url.TrimEnd('/'),
            UserName = user,
            ProtectedPassword = user is null ? null : protectedPassword,
        };
    }
}
