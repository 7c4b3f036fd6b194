using Microsoft.AspNetCore.Http;

namespace VendorManager.Controllers;

public static class RequestRoot
{
    /// <summary>The site's address as this request reached it (after the forwarded headers of trusted proxies), ending in a slash.</summary>
    public static Uri Of(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
