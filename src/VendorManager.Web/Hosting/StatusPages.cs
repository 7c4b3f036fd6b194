using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace VendorManager.Web.Hosting;

/// <summary>Bare status codes from the API (401, 403, 404 without a body) become ProblemDetails too.</summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api") || http.Response.HasStarted || http.Response.ContentLength > 0) return;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = http.Response.StatusCode,
                Title = http.Response.StatusCode switch
                {
                    StatusCodes.Status401Unauthorized => "Authentication required: send Authorization: Bearer <token>",
                    StatusCodes.Status403Forbidden => "You do not have permission for this",
                    StatusCodes.Status404NotFound => "Not found",
                    _ => http.Features.Get<IHttpResponseFeature>()?.ReasonPhrase,
                },
            },
        });
    }
}
