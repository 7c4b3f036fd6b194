using VendorManager.Vendors;
using Xunit;

namespace VendorManager.Domain.Tests.Vendors;

public sealed class VendorRegistrarTests
{
    private readonly InMemoryVendorRepository _repository = new();
    private VendorRegistrar Registrar => new(_repository);

    [Fact]
    public async Task Should_Create_A_Vendor_With_A_Free_Name()
    {
        var vendor = await Registrar.CreateAsync("Fujifilm", VendorKind.Pacs | VendorKind.Modality);
        Assert.Equal("Fujifilm", vendor.Name);
    }

    [Fact]
    public async Task Should_Reject_A_Name_Taken_By_Another_Vendor_Ignoring_Case()
    {
        await _repository.InsertAsync(await Registrar.CreateAsync("Fujifilm", VendorKind.Pacs));
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Registrar.CreateAsync("FUJIFILM ", VendorKind.Pacs));
        Assert.Equal(VendorManagerErrorCodes.Vendors.NameAlreadyExists, ex.Code);
        Assert.Equal(BusinessErrorKind.Conflict, ex.Kind);
        Assert.Equal("Name", ex.Field);
    }

    [Fact]
    public async Task Should_Allow_Renaming_To_A_Different_Case_Of_The_Own_Name_But_Not_To_Another_Vendors_Name()
    {
        var fuji = await Registrar.CreateAsync("Fujifilm", VendorKind.Pacs);
        await _repository.InsertAsync(fuji);
        await _repository.InsertAsync(await Registrar.CreateAsync("Philips", VendorKind.Modality));

        await Registrar.RenameAsync(fuji, "FUJIFILM");
        Assert.Equal("FUJIFILM", fuji.Name);
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Registrar.RenameAsync(fuji, "philips"));
        Assert.Equal(VendorManagerErrorCodes.Vendors.NameAlreadyExists, ex.Code);
    }
}
