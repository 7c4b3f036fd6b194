using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using VendorManager.Permissions;

namespace VendorManager.Web.Security;

/// <summary>A policy per permission; a user holds a permission when one of their roles grants it.</summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (IsGranted(context.User, requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }

    public static bool IsGranted(ClaimsPrincipal user, string permission)
        => user.Identity?.IsAuthenticated == true
           && RolePermissionGrants.IsGranted(user.FindAll(ClaimTypes.Role).Select(c => c.Value), permission);
}

internal static class AuthorizationSetup
{
    public static IServiceCollection AddVendorManagerAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        var builder = services.AddAuthorizationBuilder();
        foreach (var permission in VendorManagerPermissions.All)
            builder.AddPolicy(permission, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        return services;
    }
}
