using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorManager.ApiTokens;
using VendorManager.Identity;
using VendorManager.Seeding;
using VendorManager.Users;
using Xunit;

namespace VendorManager.Application.Tests.Identity;

public sealed class IdentityAppServiceTests : ApplicationTestBase
{
    private async Task<UserDto> CreateUserAsync(string userName, params string[] roles)
    {
        await WithAsync<IdentityDataSeeder>(s => s.SeedAsync());
        return await WithAsync<IUserAppService, UserDto>(s => s.CreateAsync(new CreateUserInput
        {
            UserName = userName, Email = $"{userName}@hospital.example.org", Password = "correct horse battery", Roles = [.. roles],
        }));
    }

    [Fact]
    public async Task Should_Seed_Roles_And_A_First_Administrator_With_A_Generated_Password_Once()
    {
        var first = await WithAsync<IdentityDataSeeder, SeedResult>(s => s.SeedAsync());
        Assert.True(first.AdminCreated);
        Assert.NotNull(first.GeneratedPassword);
        Assert.True(first.GeneratedPassword!.Length >= 24);

        var second = await WithAsync<IdentityDataSeeder, SeedResult>(s => s.SeedAsync());
        Assert.False(second.AdminCreated);
        Assert.Null(second.GeneratedPassword);

        var ok = await Services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = await users.FindByNameAsync("admin");
            return await users.CheckPasswordAsync(admin!, first.GeneratedPassword) && await users.IsInRoleAsync(admin!, VendorManagerRoles.Administrator);
        });
        Assert.True(ok);
    }

    [Fact]
    public async Task Should_Use_The_Configured_Password_When_There_Is_One()
    {
        await Services.InScopeAsync(sp =>
        {
            sp.GetRequiredService<IOptions<IdentitySeedOptions>>().Value.AdminPassword = "configured-admin-pass";
            return Task.CompletedTask;
        });
        var result = await WithAsync<IdentityDataSeeder, SeedResult>(s => s.SeedAsync());
        Assert.Null(result.GeneratedPassword);
        var ok = await Services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.CheckPasswordAsync((await users.FindByNameAsync("admin"))!, "configured-admin-pass");
        });
        Assert.True(ok);
    }

    [Fact]
    public async Task Should_Refuse_To_Demote_The_Last_Active_Administrator()
    {
        var only = await CreateUserAsync("lead.admin", VendorManagerRoles.Administrator);
        // The seeded "admin" is the other administrator; demote it first.
        var seeded = (await WithAsync<IUserAppService, IReadOnlyList<UserDto>>(s => s.GetListAsync())).Single(u => u.UserName == "admin");
        await WithAsync<IUserAppService, UserDto>(s => s.UpdateAsync(seeded.Id, new UpdateUserInput
        {
            Email = seeded.Email!, IsActive = true, Roles = [VendorManagerRoles.Auditor], ConcurrencyStamp = seeded.ConcurrencyStamp,
        }));

        var ex = await Assert.ThrowsAsync<BusinessException>(() => WithAsync<IUserAppService, UserDto>(s => s.UpdateAsync(only.Id, new UpdateUserInput
        {
            Email = only.Email!, IsActive = true, Roles = [VendorManagerRoles.Procurement], ConcurrencyStamp = only.ConcurrencyStamp,
        })));
        Assert.Equal(VendorManagerErrorCodes.Users.CannotRemoveLastAdministrator, ex.Code);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Role_And_A_Weak_Password_With_Field_Errors()
    {
        await WithAsync<IdentityDataSeeder>(s => s.SeedAsync());
        var role = await Assert.ThrowsAsync<BusinessException>(() => WithAsync<IUserAppService, UserDto>(s => s.CreateAsync(new CreateUserInput
        {
            UserName = "x", Email = "x@h.example.org", Password = "correct horse battery", Roles = ["Superuser"],
        })));
        Assert.Equal(("Roles", VendorManagerErrorCodes.Users.UnknownRole), (role.Field, role.Code));

        var weak = await Assert.ThrowsAsync<BusinessException>(() => WithAsync<IUserAppService, UserDto>(s => s.CreateAsync(new CreateUserInput
        {
            UserName = "y", Email = "y@h.example.org", Password = "short", Roles = [],
        })));
        Assert.Equal("Password", weak.Field);
    }

    [Fact]
    public async Task Should_Issue_A_Token_On_Sign_In_That_Validates_Until_It_Expires_And_Is_Purged_Later()
    {
        await CreateUserAsync("script.user", VendorManagerRoles.Auditor);
        var issued = await WithAsync<IApiTokenAppService, IssuedApiTokenDto?>(s => s.SignInAsync(new SignInTokenInput { UserName = "script.user", Password = "correct horse battery" }));
        Assert.NotNull(issued);
        Assert.Null(await WithAsync<IApiTokenAppService, IssuedApiTokenDto?>(s => s.SignInAsync(new SignInTokenInput { UserName = "script.user", Password = "wrong" })));

        Assert.Equal("script.user", (await WithAsync<ApiTokenValidator, AppUser?>(v => v.ValidateAsync(issued!.Token)))?.UserName);
        Assert.Null(await WithAsync<ApiTokenValidator, AppUser?>(v => v.ValidateAsync(issued!.Token + "x")));

        Services.Clock.Advance(TimeSpan.FromHours(ApiTokenConsts.SignInTokenLifetimeHours + 1));
        Assert.Null(await WithAsync<ApiTokenValidator, AppUser?>(v => v.ValidateAsync(issued!.Token)));
        Assert.Equal(0, await WithAsync<IApiTokenAppService, int>(s => s.PurgeExpiredAsync()));

        Services.Clock.Advance(ApiTokenAppService.PurgeGrace);
        Assert.Equal(1, await WithAsync<IApiTokenAppService, int>(s => s.PurgeExpiredAsync()));
    }

    [Fact]
    public async Task Should_Refuse_Tokens_Of_A_Disabled_User()
    {
        var user = await CreateUserAsync("leaver", VendorManagerRoles.Procurement);
        var issued = await WithAsync<IApiTokenAppService, IssuedApiTokenDto?>(s => s.SignInAsync(new SignInTokenInput { UserName = "leaver", Password = "correct horse battery" }));
        await WithAsync<IUserAppService, UserDto>(s => s.UpdateAsync(user.Id, new UpdateUserInput
        {
            Email = user.Email!, IsActive = false, Roles = [VendorManagerRoles.Procurement], ConcurrencyStamp = user.ConcurrencyStamp,
        }));
        Assert.Null(await WithAsync<ApiTokenValidator, AppUser?>(v => v.ValidateAsync(issued!.Token)));
    }
}
