using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.TestBase.Builders;
using VendorManager.Vendors;
using Xunit;

namespace VendorManager.Application.Tests.Vendors;

public sealed class VendorAppServiceTests : ApplicationTestBase
{
    private Task<T> Vendors<T>(Func<IVendorAppService, Task<T>> action) => WithAsync(action);

    [Fact]
    public async Task Should_Create_A_Vendor_With_Contacts_And_Stamp_Who_And_When()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Sectra")
            .WithContact("Service desk", "desk@sectra.example.com", 1).BuildCreate()));

        var read = await Vendors(s => s.GetAsync(created.Id));
        Assert.Equal("Sectra", read.Name);
        Assert.Equal("Service desk", Assert.Single(read.Contacts).Name);
        Assert.Equal(Services.Clock.GetUtcNow().UtcDateTime, read.CreatedAt);
        Assert.Equal(Services.CurrentUser.Id, read.CreatedBy);
        Assert.Null(read.ModifiedAt);
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Name_With_A_Conflict_Code()
    {
        await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Sectra").BuildCreate()));
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("sectra").BuildCreate())));
        Assert.Equal(VendorManagerErrorCodes.Vendors.NameAlreadyExists, ex.Code);
    }

    [Fact]
    public async Task Should_Point_A_Contact_Error_At_Its_Row()
    {
        var input = new VendorInputBuilder().WithContact("Ok", "ok@vendor.example.com").WithContact("Bad", "not-an-email").BuildCreate();
        var ex = await Assert.ThrowsAsync<BusinessException>(() => Vendors(s => s.CreateAsync(input)));
        Assert.Equal("Contacts[1].Email", ex.Field);
        Assert.Equal(VendorManagerErrorCodes.Vendors.ContactEmailInvalid, ex.Code);
    }

    [Fact]
    public async Task Should_Update_Fields_And_Sync_Contacts_By_Id()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("GE")
            .WithContact("Keep", "keep@ge.example.com", 1).WithContact("Drop", "drop@ge.example.com", 2).BuildCreate()));
        var keep = created.Contacts.Single(c => c.Name == "Keep");

        var update = new VendorInputBuilder().Named("GE HealthCare").OfKind(VendorKind.Pacs | VendorKind.Modality).BuildUpdate(created.ConcurrencyStamp);
        update.Contacts = [new VendorContactInput { Id = keep.Id, Name = "Keep", Email = "keep@gehc.example.com", EscalationLevel = 1 },
                           new VendorContactInput { Name = "New", Email = "new@gehc.example.com", EscalationLevel = 2 }];
        Services.Clock.Advance(TimeSpan.FromMinutes(5));
        var updated = await Vendors(s => s.UpdateAsync(created.Id, update));

        Assert.Equal("GE HealthCare", updated.Name);
        Assert.Equal(["Keep", "New"], updated.Contacts.Select(c => c.Name));
        Assert.Equal(keep.Id, updated.Contacts[0].Id);
        Assert.Equal("keep@gehc.example.com", updated.Contacts[0].Email);
        Assert.Equal(Services.Clock.GetUtcNow().UtcDateTime, updated.ModifiedAt);
        Assert.NotEqual(created.ConcurrencyStamp, updated.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Edit_Instead_Of_Overwriting()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Philips").BuildCreate()));
        await Vendors(s => s.UpdateAsync(created.Id, new VendorInputBuilder().Named("Philips Healthcare").BuildUpdate(created.ConcurrencyStamp)));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Vendors(s => s.UpdateAsync(created.Id, new VendorInputBuilder().Named("Philips Medical").BuildUpdate(created.ConcurrencyStamp))));
        Assert.Equal("Philips Healthcare", (await Vendors(s => s.GetAsync(created.Id))).Name);
    }

    [Fact]
    public async Task Should_Refuse_A_Stale_Edit_That_Only_Touches_Contacts()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Agfa").WithContact("Desk", "desk@agfa.example.com", 1).BuildCreate()));
        var first = new VendorInputBuilder().Named("Agfa").BuildUpdate(created.ConcurrencyStamp);
        first.Contacts = [new VendorContactInput { Id = created.Contacts[0].Id, Name = "Desk", Email = "desk@agfa.example.com", EscalationLevel = 2 }];
        await Vendors(s => s.UpdateAsync(created.Id, first));

        var stale = new VendorInputBuilder().Named("Agfa").BuildUpdate(created.ConcurrencyStamp);
        stale.Contacts = [new VendorContactInput { Id = created.Contacts[0].Id, Name = "Desk", Email = "desk@agfa.example.com", EscalationLevel = 3 }];
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Vendors(s => s.UpdateAsync(created.Id, stale)));
        Assert.Equal(2, (await Vendors(s => s.GetAsync(created.Id))).Contacts[0].EscalationLevel);
    }

    [Fact]
    public async Task Should_Record_Who_Changed_Which_Field_From_What_To_What()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Carestream").WithWebsite("https://cs.example.com").BuildCreate()));
        Services.CurrentUser.ActAs(Guid.NewGuid(), "contract.admin", "ContractAdmin");
        await Vendors(s => s.UpdateAsync(created.Id, new VendorInputBuilder().Named("Carestream Health").WithWebsite("https://cs.example.com").BuildUpdate(created.ConcurrencyStamp)));

        var history = await Vendors(s => s.GetHistoryAsync(created.Id));
        var update = history.First(h => h.ChangeType == "Updated");
        Assert.Equal("contract.admin", update.ChangedByName);
        var name = Assert.Single(update.PropertyChanges);
        Assert.Equal(("Name", "Carestream", "Carestream Health"), (name.PropertyName, name.OriginalValue, name.NewValue));
        Assert.Contains(history, h => h.ChangeType == "Created" && h.EntityType == "Vendor" && h.ChangedByName == "pacs.admin");
    }

    [Fact]
    public async Task Should_Soft_Delete_Hide_The_Vendor_Keep_The_Row_And_Free_The_Name()
    {
        var created = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Konica").BuildCreate()));
        await WithAsync<IVendorAppService>(s => s.DeleteAsync(created.Id));

        await Assert.ThrowsAsync<EntityNotFoundException>(() => Vendors(s => s.GetAsync(created.Id)));
        Assert.Equal(0, (await Vendors(s => s.GetListAsync(new GetVendorListInput()))).TotalCount);
        var row = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Vendors.IgnoreQueryFilters().SingleAsync(v => v.Id == created.Id));
        Assert.True(row.IsDeleted);
        Assert.Equal(Services.CurrentUser.Id, row.DeletedBy);

        var again = await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named("Konica").BuildCreate()));
        Assert.NotEqual(created.Id, again.Id);
    }

    [Fact]
    public async Task Should_Search_By_Name_Or_Contact_Filter_By_Kind_Sort_And_Page()
    {
        foreach (var (name, kind) in new[] { ("Alpha PACS", VendorKind.Pacs), ("Beta Storage", VendorKind.Storage), ("Gamma Modality", VendorKind.Modality), ("Delta PACS", VendorKind.Pacs) })
            await Vendors(s => s.CreateAsync(new VendorInputBuilder().Named(name).OfKind(kind).WithContact($"Contact of {name}", $"{name.Split(' ')[0].ToLowerInvariant()}@v.example.com").BuildCreate()));

        var pacs = await Vendors(s => s.GetListAsync(new GetVendorListInput { Kind = VendorKind.Pacs, Sorting = "name desc" }));
        Assert.Equal(["Delta PACS", "Alpha PACS"], pacs.Items.Select(v => v.Name));

        var byContact = await Vendors(s => s.GetListAsync(new GetVendorListInput { Filter = "gamma@" }));
        Assert.Equal("Gamma Modality", Assert.Single(byContact.Items).Name);

        var page2 = await Vendors(s => s.GetListAsync(new GetVendorListInput { SkipCount = 2, MaxResultCount = 2 }));
        Assert.Equal(4, page2.TotalCount);
        Assert.Equal(["Delta PACS", "Gamma Modality"], page2.Items.Select(v => v.Name));
    }
}
