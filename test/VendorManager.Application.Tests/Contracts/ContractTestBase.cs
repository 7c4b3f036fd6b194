using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.TestBase.Builders;
using VendorManager.Vendors;

namespace VendorManager.Application.Tests.Contracts;

/// <summary>Contracts need a vendor, an owner who can sign in, and nodes to cover: each test gets its own.</summary>
public abstract class ContractTestBase : ApplicationTestBase
{
    protected Task<T> Contracts<T>(Func<IContractAppService, Task<T>> action) => WithAsync(action);

    protected DateTime Now => Services.Clock.GetUtcNow().UtcDateTime;

    protected async Task<VendorDto> NewVendorAsync(string? name = null)
        => await WithAsync<IVendorAppService, VendorDto>(s => s.CreateAsync(new VendorInputBuilder().Named(name ?? "Vendor " + Guid.NewGuid().ToString("N")[..8]).BuildCreate()));

    protected async Task<AppUser> NewUserAsync(string? userName = null, bool active = true)
    {
        userName ??= "owner-" + Guid.NewGuid().ToString("N")[..6];
        var user = new AppUser(userName, $"{userName}@hospital.example.org", Now) { IsActive = active };
        await Services.InScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        });
        return user;
    }

    protected async Task<DicomNodeDto> NewNodeAsync(string name)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = name, AeTitle = "AE" + id, Host = $"node-{id}.hospital.local", Port = 104,
        }));
    }

    /// <summary>A fresh vendor and owner, and a builder for a valid contract between them.</summary>
    protected async Task<ContractInputBuilder> NewContractInputAsync()
    {
        var vendor = await NewVendorAsync();
        var owner = await NewUserAsync();
        return new ContractInputBuilder(vendor.Id, owner.Id);
    }

    protected Task<ContractDto> CreateAsync(ContractInputBuilder builder) => Contracts(s => s.CreateAsync(builder.BuildCreate()));
}
