using Hangfire.Dashboard;
using VendorManager.Web.Security;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>
/// Hangfire's default lets any local request in; behind a reverse proxy every request is local,
/// so the dashboard asks for the signed-in user's permission instead.
/// </summary>
internal sealed class PermissionDashboardAuthorizationFilter(string permission) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
        => PermissionAuthorizationHandler.IsGranted(context.GetHttpContext().User, permission);
}
