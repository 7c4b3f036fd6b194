using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Identity;

namespace VendorManager.Seeding;

/// <summary>
/// Creates the roles and, on a database with no administrator, the first administrator. Safe to run
/// on every start and from several instances: it only adds what is missing.
/// </summary>
public sealed class IdentityDataSeeder(
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IOptions<IdentitySeedOptions> options,
    TimeProvider clock,
    ILogger<IdentityDataSeeder> logger)
{
    public async Task<SeedResult> SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in VendorManagerRoles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));

        if ((await users.GetUsersInRoleAsync(VendorManagerRoles.Administrator)).Count > 0)
            return new SeedResult(AdminCreated: false, GeneratedPassword: null);

        var seed = options.Value;
        var generated = string.IsNullOrWhiteSpace(seed.AdminPassword) ? GeneratePassword() : null;
        var admin = await users.FindByNameAsync(seed.AdminUserName)
                    ?? new AppUser(seed.AdminUserName, seed.AdminEmail, clock.GetUtcNow().UtcDateTime)
                    {
                        DisplayName = "Administrator",
                        EmailConfirmed = true,
                    };
        var result = await users.FindByIdAsync(admin.Id.ToString()) is null
            ? await users.CreateAsync(admin, generated ?? seed.AdminPassword!)
            : IdentityResult.Success;
        if (!result.Succeeded)
            throw new InvalidOperationException("Could not create the first administrator: " +
                                                string.Join(" ", result.Errors.Select(e => e.Description)) +
                                                " Check Seed:AdminPassword.");
        await users.AddToRoleAsync(admin, VendorManagerRoles.Administrator);
        logger.LogWarning("Created the first administrator '{UserName}'", admin.UserName);
        return new SeedResult(AdminCreated: true, GeneratedPassword: generated);
    }

    /// <summary>24 random characters from an alphabet without look-alikes (about 140 bits): easy to type from a console, hard to guess.</summary>
    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return new string(RandomNumberGenerator.GetItems<char>(alphabet, 24));
    }
}

public sealed record SeedResult(bool AdminCreated, string? GeneratedPassword);
