using VendorManager.Entities;

namespace VendorManager.Vendors;

/// <summary>A person at the vendor; those with an escalation level form the escalation path.</summary>
[Audited]
public class VendorContact : Entity<Guid>, IChildEntity
{
    public Guid VendorId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>1 = first line; higher is further up. Null: not part of the escalation path.</summary>
    public int? EscalationLevel { get; private set; }

    Type IChildEntity.RootType => typeof(Vendor);
    object IChildEntity.RootId => VendorId;

    private VendorContact() { }

    internal VendorContact(Guid id, Guid vendorId, ContactDetails details) : base(id)
    {
        VendorId = vendorId;
        Update(details);
    }

    internal void Update(ContactDetails details)
    {
        Name = details.Name;
        Role = details.Role;
        Email = details.Email;
        Phone = details.Phone;
        EscalationLevel = details.EscalationLevel;
    }
}
