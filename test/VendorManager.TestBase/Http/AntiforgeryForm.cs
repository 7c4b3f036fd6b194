using System.Net;
using System.Text.RegularExpressions;

namespace VendorManager.TestBase.Http;

/// <summary>Reads and posts the app's forms as a browser does, antiforgery token included.</summary>
public static partial class AntiforgeryForm
{
    public static string Token(string html)
        => TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>GETs the form at <paramref name="url"/> for its token, then POSTs <paramref name="fields"/> (repeated keys allowed) to it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = Token(await client.GetStringAsync(url));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Prepend(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
