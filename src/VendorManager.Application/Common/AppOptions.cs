namespace VendorManager.Common;

/// <summary>Bound from "App": how the application is reached from outside, for links in e-mails and feeds.</summary>
public sealed class AppOptions
{
    public const string SectionName = "App";

    /// <summary>
    /// The address people open the app at, e.g. https://vendormanager.hospital.example (behind the
    /// reverse proxy, as users see it). Empty: messages name the page instead of linking to it.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>An absolute link to <paramref name="path"/> (starting with '/'), or null without a base URL.</summary>
    public string? Link(string path)
        => string.IsNullOrWhiteSpace(BaseUrl) ? null : BaseUrl.Trim().TrimEnd('/') + path;

    /// <summary>The error for a base URL that is not an absolute http(s) address; null when the setting is usable.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(BaseUrl)) return null;
        return Uri.TryCreate(BaseUrl.Trim(), UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"App:BaseUrl '{BaseUrl}' must be an absolute http(s) address without query, e.g. https://vendormanager.hospital.example";
    }
}
