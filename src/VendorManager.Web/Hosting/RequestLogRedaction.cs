using System.Text.RegularExpressions;
using Serilog.AspNetCore;
using Serilog.Events;

namespace VendorManager.Web.Hosting;

/// <summary>
/// A calendar feed's URL is its credential, so the request log must never hold one: the secret in
/// /calendar/{secret}.ics is replaced before the completion event is written.
/// </summary>
internal static partial class RequestLogRedaction
{
    public const string Replacement = "/calendar/{secret}.ics";

    public static void Configure(RequestLoggingOptions options)
        => options.GetMessageTemplateProperties = (context, path, elapsedMs, statusCode) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
            new LogEventProperty("RequestPath", new ScalarValue(Redact(path))),
            new LogEventProperty("StatusCode", new ScalarValue(statusCode)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsedMs)),
        ];

    public static string Redact(string path) => FeedPath().IsMatch(path) ? FeedPath().Replace(path, Replacement) : path;

    [GeneratedRegex(@"/calendar/[^/]*\.ics", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeedPath();
}
