namespace VendorManager.Common;

/// <summary>The "App" settings: how the site is reached from outside.</summary>
public sealed class AppUrlOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The public address of the site, e.g. https://vendormanager.hospital.example. Links that leave
    /// the browser (calendar entries, e-mails) are built on it; when empty, a request's own address is
    /// used, which is right unless a proxy rewrites the host.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The error for a setting that is not an absolute http(s) address; null when usable.</summary>
    public string? Problem()
        => string.IsNullOrWhiteSpace(BaseUrl) || TryParse(BaseUrl) is not null
            ? null
            : $"App:BaseUrl '{BaseUrl}' must be an absolute http or https address such as https://vendormanager.hospital.example.";

    /// <summary>The configured address or, without one, <paramref name="requestRoot"/>; always ending in a slash.</summary>
    public Uri SiteRoot(Uri requestRoot) => (string.IsNullOrWhiteSpace(BaseUrl) ? null : TryParse(BaseUrl)) ?? WithTrailingSlash(requestRoot);

    private static Uri? TryParse(string value)
        => Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? WithTrailingSlash(uri)
            : null;

    // Without the slash, new Uri(root, "Contracts/1") would drop a path base such as /vendormanager.
    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
