using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Identity;

namespace VendorManager.Users;

/// <summary>Administrators manage accounts and roles here. The last active administrator cannot be demoted or disabled.</summary>
public sealed class UserAppService(UserManager<AppUser> users, TimeProvider clock) : IUserAppService
{
    public async Task<IReadOnlyList<UserDto>> GetListAsync(CancellationToken ct = default)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserDto>(all.Count);
        foreach (var user in all) result.Add(await ToDtoAsync(user));
        return result;
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken ct = default)
        => await ToDtoAsync(await FindAsync(id));

    public async Task<UserDto> CreateAsync(CreateUserInput input, CancellationToken ct = default)
    {
        EnsureKnownRoles(input.Roles);
        var user = new AppUser(input.UserName.Trim(), input.Email.Trim(), clock.GetUtcNow().UtcDateTime)
        {
            DisplayName = input.DisplayName?.Trim(),
            EmailConfirmed = true,
        };
        Succeed(await users.CreateAsync(user, input.Password), "Password");
        Succeed(await users.AddToRolesAsync(user, input.Roles.Distinct()), "Roles");
        return await ToDtoAsync(user);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserInput input, CancellationToken ct = default)
    {
        EnsureKnownRoles(input.Roles);
        var user = await FindAsync(id);
        if (user.ConcurrencyStamp != input.ConcurrencyStamp)
            throw new ConcurrencyConflictException("Someone else changed this user after you opened it. Reload it and apply your changes again.");

        var current = await users.GetRolesAsync(user);
        var losesAdmin = current.Contains(VendorManagerRoles.Administrator)
                         && (!input.Roles.Contains(VendorManagerRoles.Administrator) || !input.IsActive);
        if (losesAdmin && await CountActiveAdministratorsAsync() <= 1)
            throw new BusinessException(VendorManagerErrorCodes.Users.CannotRemoveLastAdministrator,
                "This is the last active administrator; make someone else an administrator first.", "Roles", BusinessErrorKind.Rule);

        user.Email = input.Email.Trim();
        user.DisplayName = input.DisplayName?.Trim();
        user.IsActive = input.IsActive;
        Succeed(await users.UpdateAsync(user), "Email");
        Succeed(await users.RemoveFromRolesAsync(user, current.Except(input.Roles)), "Roles");
        Succeed(await users.AddToRolesAsync(user, input.Roles.Except(current).Distinct()), "Roles");
        // A disabled account or a changed role set must not keep working through an old cookie.
        await users.UpdateSecurityStampAsync(user);
        return await ToDtoAsync(user);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordInput input, CancellationToken ct = default)
    {
        var user = await FindAsync(id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Succeed(await users.ResetPasswordAsync(user, token, input.NewPassword), "NewPassword");
    }

    private async Task<AppUser> FindAsync(Guid id)
        => await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(AppUser), id);

    private async Task<int> CountActiveAdministratorsAsync()
        => (await users.GetUsersInRoleAsync(VendorManagerRoles.Administrator)).Count(u => u.IsActive);

    private async Task<UserDto> ToDtoAsync(AppUser user) => new(
        user.Id, user.UserName!, user.Email, user.DisplayName, user.IsActive,
        user.LockoutEnd is { } end && end > clock.GetUtcNow(),
        (await users.GetRolesAsync(user)).Order().ToList(), user.ConcurrencyStamp!, user.CreatedAt);

    private static void EnsureKnownRoles(IEnumerable<string> roles)
    {
        var unknown = roles.Where(r => !VendorManagerRoles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
            throw new BusinessException(VendorManagerErrorCodes.Users.UnknownRole,
                $"Unknown role(s): {string.Join(", ", unknown)}. Known roles: {string.Join(", ", VendorManagerRoles.All)}.", "Roles");
    }

    private static void Succeed(IdentityResult result, string field)
    {
        if (result.Succeeded) return;
        throw new BusinessException(VendorManagerErrorCodes.Users.IdentityError,
            string.Join(" ", result.Errors.Select(e => e.Description)), FieldFor(result, field));
    }

    private static string FieldFor(IdentityResult result, string fallback)
    {
        var code = result.Errors.First().Code;
        if (code.StartsWith("Password", StringComparison.Ordinal)) return fallback == "NewPassword" ? fallback : "Password";
        if (code.Contains("UserName", StringComparison.Ordinal)) return "UserName";
        if (code.Contains("Email", StringComparison.Ordinal)) return "Email";
        return fallback;
    }
}
