using System.Net;
using VendorManager.TestBase.Http;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login form (antiforgery token and all) and keeps the cookies.</summary>
public static class CookieSignIn
{
    public static async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(VendorManagerWebFactory factory, string userName, string password)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieHandler(cookies));
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (client, cookies);
    }

    public static string AntiforgeryToken(string html) => AntiforgeryForm.Token(html);
}

/// <summary>A cookie jar for the in-memory test server, and no automatic redirects so tests see 302s.</summary>
public sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = cookies.GetCookieHeader(uri);
        if (!string.IsNullOrEmpty(header)) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var c in setCookies) cookies.SetCookies(uri, c);
        return response;
    }
}
