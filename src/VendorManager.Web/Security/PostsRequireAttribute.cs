using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VendorManager.Web.Security;

/// <summary>
/// A page whose reads need one permission and whose posts need another. Razor Pages take no
/// [Authorize] on a single handler, and a check inside the handler comes too late on an upload page:
/// the upload limit's filter reads the whole body first. Ordered before it, so a reader's post is
/// refused before a byte of it is read.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostsRequireAttribute(string permission) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public string Permission { get; } = permission;

    /// <summary>Before the document upload limit (900) and antiforgery (1000).</summary>
    public int Order => 800;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return;
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(http.User, Permission)).Succeeded)
            context.Result = new ForbidResult();
    }
}
