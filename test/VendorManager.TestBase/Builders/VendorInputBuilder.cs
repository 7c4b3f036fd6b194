using VendorManager.Vendors;

namespace VendorManager.TestBase.Builders;

/// <summary>A valid vendor input by default; tests change only what they are about.</summary>
public sealed class VendorInputBuilder
{
    private string _name = "Vendor " + Guid.NewGuid().ToString("N")[..8];
    private VendorKind _kinds = VendorKind.Pacs;
    private string? _website = "https://pacs.example.com";
    private readonly List<VendorContactInput> _contacts = [];

    public VendorInputBuilder Named(string name) { _name = name; return this; }
    public VendorInputBuilder OfKind(VendorKind kinds) { _kinds = kinds; return this; }
    public VendorInputBuilder WithWebsite(string? website) { _website = website; return this; }

    public VendorInputBuilder WithContact(string name, string? email = null, int? escalationLevel = null, string? role = null)
    {
        _contacts.Add(new VendorContactInput { Name = name, Email = email, EscalationLevel = escalationLevel, Role = role });
        return this;
    }

    public CreateVendorInput BuildCreate() => Fill(new CreateVendorInput());

    public UpdateVendorInput BuildUpdate(string concurrencyStamp)
    {
        var input = Fill(new UpdateVendorInput());
        input.ConcurrencyStamp = concurrencyStamp;
        return input;
    }

    private T Fill<T>(T input) where T : VendorEditInput
    {
        input.Name = _name;
        input.Kinds = _kinds;
        input.Website = _website;
        input.Phone = "+31 20 555 0100";
        input.Contacts = _contacts.ToList();
        return input;
    }
}
