using VendorManager.Contracts;
using VendorManager.Nodes;
using VendorManager.TestBase.Builders;
using VendorManager.Vendors;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes;

namespace VendorManager.Application.Tests.Contracts;

/// <summary>
/// Vendors are soft-deleted, so nothing in the database stops a contract or a node from naming one
/// that is gone: deleting a vendor is refused while anything still names it, and says what. (A
/// deleted node stays covered on purpose: the contract's past SLA periods were measured on it.)
/// </summary>
public sealed class ContractReferenceTests : ContractTestBase
{
    private Task Vendors(Func<IVendorAppService, Task> action) => WithAsync<IVendorAppService, bool>(async s => { await action(s); return true; });
    private Task Nodes(Func<IDicomNodeAppService, Task> action) => WithAsync<IDicomNodeAppService, bool>(async s => { await action(s); return true; });

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Vendor_Whose_Contracts_Remain_Naming_Them_And_Allow_It_Once_They_Are_Gone()
    {
        var vendor = await NewVendorAsync("Carestream Reference Test");
        var owner = await NewUserAsync();
        var first = await CreateAsync(new ContractInputBuilder(vendor.Id, owner.Id).Numbered("CS-2"));
        var second = await CreateAsync(new ContractInputBuilder(vendor.Id, owner.Id).Numbered("CS-1"));

        var ex = await Assert.ThrowsAsync<BusinessException>(() => Vendors(s => s.DeleteAsync(vendor.Id)));

        Assert.Equal((Codes.Vendors.StillReferenced, BusinessErrorKind.Conflict), (ex.Code, ex.Kind));
        Assert.Contains("2 contracts (CS-1, CS-2)", ex.Message);
        Assert.Equal(vendor.Name, (await WithAsync<IVendorAppService, VendorDto>(s => s.GetAsync(vendor.Id))).Name);

        await Contracts(async s => { await s.DeleteAsync(first.Id); await s.DeleteAsync(second.Id); return true; });
        await Vendors(s => s.DeleteAsync(vendor.Id));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => WithAsync<IVendorAppService, VendorDto>(s => s.GetAsync(vendor.Id)));
    }

    [Fact]
    public async Task Should_Refuse_To_Delete_A_Vendor_That_Nodes_Still_Name()
    {
        var vendor = await NewVendorAsync("Fujifilm Reference Test");
        await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = "Synapse archive", AeTitle = "SYNAPSE", Host = "synapse.hospital.local", Port = 104, VendorId = vendor.Id,
        }));

        var ex = await Assert.ThrowsAsync<BusinessException>(() => Vendors(s => s.DeleteAsync(vendor.Id)));

        Assert.Equal(Codes.Vendors.StillReferenced, ex.Code);
        Assert.Contains("1 DICOM node (Synapse archive)", ex.Message);
    }
}
