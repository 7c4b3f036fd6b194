using VendorManager.Vendors;
using Xunit;
using Codes = VendorManager.VendorManagerErrorCodes.Vendors;

namespace VendorManager.Domain.Tests.Vendors;

public sealed class VendorRulesTests
{
    private static Vendor NewVendor(string name = "Sectra", VendorKind kinds = VendorKind.Pacs) => new(Guid.NewGuid(), name, kinds);

    private static void AssertCode(string code, Action action)
        => Assert.Equal(code, Assert.Throws<BusinessException>(action).Code);

    [Fact]
    public void Should_Accept_A_Trimmed_Name_And_Normalize_It_For_Uniqueness()
    {
        var vendor = NewVendor("  Sectra AB ");
        Assert.Equal("Sectra AB", vendor.Name);
        Assert.Equal("SECTRA AB", vendor.NormalizedName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_Reject_A_Blank_Name(string name) => AssertCode(Codes.NameRequired, () => NewVendor(name));

    [Fact]
    public void Should_Reject_A_Name_Longer_Than_The_Limit()
        => AssertCode(Codes.NameTooLong, () => NewVendor(new string('x', VendorConsts.MaxNameLength + 1)));

    [Fact]
    public void Should_Accept_Several_Kinds_And_Reject_None_Or_Unknown()
    {
        var vendor = NewVendor(kinds: VendorKind.Pacs | VendorKind.Storage);
        Assert.True(vendor.Kinds.HasFlag(VendorKind.Storage));
        AssertCode(Codes.KindRequired, () => vendor.ChangeKinds(VendorKind.None));
        AssertCode(Codes.KindRequired, () => vendor.ChangeKinds((VendorKind)1024));
    }

    [Fact]
    public void Should_Complete_A_Bare_Website_With_Https_And_Reject_Other_Schemes()
    {
        var vendor = NewVendor();
        vendor.UpdateDetails("sectra.example.com", null, null);
        Assert.Equal("https://sectra.example.com/", vendor.Website);
        AssertCode(Codes.WebsiteInvalid, () => vendor.UpdateDetails("ftp://sectra.example.com", null, null));
        AssertCode(Codes.WebsiteInvalid, () => vendor.UpdateDetails("not a url", null, null));
    }

    [Fact]
    public void Should_Order_The_Escalation_Path_By_Level_And_Leave_Out_Contacts_Without_One()
    {
        var vendor = NewVendor();
        vendor.AddContact(Guid.NewGuid(), new ContactDetails("Account manager", null, "am@sectra.example.com", null, null));
        vendor.AddContact(Guid.NewGuid(), new ContactDetails("Duty manager", null, "duty@sectra.example.com", null, 2));
        vendor.AddContact(Guid.NewGuid(), new ContactDetails("Service desk", null, "desk@sectra.example.com", null, 1));
        Assert.Equal(["Service desk", "Duty manager"], vendor.EscalationPath().Select(c => c.Name));
    }

    [Fact]
    public void Should_Reject_An_Escalation_Level_Outside_One_To_Five()
    {
        _ = new ContactDetails("Desk", null, null, null, VendorConsts.MaxEscalationLevel);
        AssertCode(Codes.ContactEscalationLevelOutOfRange, () => _ = new ContactDetails("Desk", null, null, null, 0));
        AssertCode(Codes.ContactEscalationLevelOutOfRange, () => _ = new ContactDetails("Desk", null, null, null, 6));
    }

    [Fact]
    public void Should_Reject_A_Contact_With_An_Invalid_Email_Or_No_Name()
    {
        _ = new ContactDetails("Desk", null, "desk@vendor.example.com", null, null);
        AssertCode(Codes.ContactEmailInvalid, () => _ = new ContactDetails("Desk", null, "desk-at-vendor", null, null));
        AssertCode(Codes.ContactNameRequired, () => _ = new ContactDetails(" ", null, null, null, null));
    }

    [Fact]
    public void Should_Reject_The_Same_Contact_Twice_But_Allow_Namesakes_With_Other_Emails()
    {
        var vendor = NewVendor();
        vendor.AddContact(Guid.NewGuid(), new ContactDetails("Kim", null, "kim@a.example.com", null, 1));
        vendor.AddContact(Guid.NewGuid(), new ContactDetails("Kim", null, "kim@b.example.com", null, 2));
        AssertCode(Codes.ContactDuplicate, () => vendor.AddContact(Guid.NewGuid(), new ContactDetails("KIM", null, "KIM@a.example.com", null, 3)));
    }

    [Fact]
    public void Should_Update_And_Remove_Contacts_By_Id_And_Refuse_Unknown_Ids()
    {
        var vendor = NewVendor();
        var contact = vendor.AddContact(Guid.NewGuid(), new ContactDetails("Kim", null, null, null, 1));
        vendor.UpdateContact(contact.Id, new ContactDetails("Kim Jansen", "Field engineer", null, null, 1));
        Assert.Equal("Kim Jansen", vendor.Contacts.Single().Name);
        AssertCode(Codes.ContactNotFound, () => vendor.RemoveContact(Guid.NewGuid()));
        vendor.RemoveContact(contact.Id);
        Assert.Empty(vendor.Contacts);
    }

    [Fact]
    public void Should_Refuse_More_Contacts_Than_The_Limit()
    {
        var vendor = NewVendor();
        for (var i = 0; i < VendorConsts.MaxContacts; i++)
            vendor.AddContact(Guid.NewGuid(), new ContactDetails($"Person {i}", null, null, null, null));
        AssertCode(Codes.TooManyContacts, () => vendor.AddContact(Guid.NewGuid(), new ContactDetails("One more", null, null, null, null)));
    }

    [Fact]
    public void Should_Require_Details_For_A_Remote_Connection_But_Not_For_On_Site_Only()
    {
        Assert.Null(RemoteSupport.Create(RemoteSupportMethod.OnSiteOnly, null, false).Details);
        Assert.Equal("Gateway gw1, approval by on-call", RemoteSupport.Create(RemoteSupportMethod.VendorGateway, "Gateway gw1, approval by on-call", true).Details);
        AssertCode(Codes.RemoteSupportDetailsRequired, () => RemoteSupport.Create(RemoteSupportMethod.SiteToSiteVpn, " ", false));
    }
}
