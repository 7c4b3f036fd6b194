using Microsoft.AspNetCore.Identity;

namespace VendorManager.Seeding;

/// <summary>
/// One password and lockout policy for every host (web, migrator, tests). Length over composition,
/// as NIST SP 800-63B advises: at least 12 characters, no forced character classes.
/// </summary>
public static class IdentityPolicy
{
    public const int MinimumPasswordLength = 12;

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireDigit = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 10;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }
}
