using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace VendorManager.Web.Security;

internal static class AuthenticationSetup
{
    public const string SelectorScheme = "VendorManager";

    /// <summary>
    /// Pages use the Identity cookie; API calls with a bearer token use the token. An API call with
    /// neither gets 401/403, never a redirect to the login page.
    /// </summary>
    public static IServiceCollection AddVendorManagerAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                // AddIdentity set DefaultAuthenticateScheme to its cookie; the selector must win.
                o.DefaultScheme = SelectorScheme;
                o.DefaultAuthenticateScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
                o.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "VendorManager.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApiRequest(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApiRequest(HttpRequest request)
        => request.Path.StartsWithSegments("/api");
}
