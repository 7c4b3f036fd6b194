namespace VendorManager.Common;

/// <summary>Bound from "App": how the application is reached from outside, for links in e-mails and calendar feeds.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The address people open the app at, e.g. https://vendormanager.hospital.example (behind the
    /// reverse proxy, as users see it). Empty: e-mails name the page instead of linking to it, and
    /// pages build links on the address the request came in on.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>An absolute link to <paramref name="path"/> (starting with '/'), or null without a base URL.</summary>
    public string? Link(string path)
        => string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.Trim().TrimEnd('/') + path;

    /// <summary>The configured address or, without one, <paramref name="requestRoot"/>; always ending in a slash.</summary>
    public Uri SiteRoot(Uri requestRoot) => (string.IsNullOrWhiteSpace(BaseUrl) ? null : TryParse(BaseUrl)) ?? WithTrailingSlash(requestRoot);

    /// <summary>The error for a base URL that is not an absolute http(s) address; null when the setting is usable.</summary>
    public string? Problem()
        => string.IsNullOrWhiteSpace(BaseUrl) || TryParse(BaseUrl) is not null
            ? null
            : $"App:BaseUrl '{BaseUrl}' must be an absolute http(s) address without query, e.g. https://vendormanager.hospital.example";

    private static Uri? TryParse(string value)
        => Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
           && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? WithTrailingSlash(uri)
            : null;

    // Without the slash, new Uri(root, "Contracts/1") would drop a path base such as /vendormanager.
    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
