using VendorManager.Entities;

namespace VendorManager.Vendors;

/// <summary>
/// A company that supplies or services imaging systems, with its contacts (the escalation path)
/// and how it reaches our systems for remote support. The name is unique among vendors that are
/// not deleted; <see cref="VendorRegistrar"/> enforces that, so renaming goes through it.
/// </summary>
[Audited]
public class Vendor : AggregateRoot<Guid>
{
    private readonly List<VendorContact> _contacts = [];

    public string Name { get; private set; } = null!;
    /// <summary>Upper-cased name: the unique index compares names without regard to case.</summary>
    [DisableAuditing]
    public string NormalizedName { get; private set; } = null!;
    public VendorKind Kinds { get; private set; }
    public string? Website { get; private set; }
    public string? Phone { get; private set; }
    public string? Notes { get; private set; }
    public RemoteSupport RemoteSupport { get; private set; } = RemoteSupport.NotArranged;
    public IReadOnlyList<VendorContact> Contacts => _contacts;

    private Vendor() { }

    internal Vendor(Guid id, string name, VendorKind kinds) : base(id)
    {
        SetName(name);
        ChangeKinds(kinds);
    }

    internal void SetName(string name)
    {
        Name = Check.NotBlank(name, VendorConsts.MaxNameLength, nameof(Name),
            VendorManagerErrorCodes.Vendors.NameRequired, VendorManagerErrorCodes.Vendors.NameTooLong);
        NormalizedName = NormalizeName(Name);
    }

    public static string NormalizeName(string name) => name.Trim().ToUpperInvariant();

    public void ChangeKinds(VendorKind kinds)
    {
        var known = Enum.GetValues<VendorKind>().Aggregate(VendorKind.None, (all, k) => all | k);
        if (kinds == VendorKind.None || (kinds & ~known) != 0)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.KindRequired,
                "Choose at least one kind of vendor (PACS, modality, storage, integration, staffing or other).", nameof(Kinds));
        Kinds = kinds;
    }

    public void UpdateDetails(string? website, string? phone, string? notes)
    {
        Website = NormalizeWebsite(website);
        Phone = Check.Optional(phone, VendorConsts.MaxPhoneLength, nameof(Phone), VendorManagerErrorCodes.Vendors.FieldTooLong);
        Notes = Check.Optional(notes, VendorConsts.MaxNotesLength, nameof(Notes), VendorManagerErrorCodes.Vendors.FieldTooLong);
    }

    public void ArrangeRemoteSupport(RemoteSupport arrangement) => RemoteSupport = arrangement;

    public VendorContact AddContact(Guid id, ContactDetails details)
    {
        if (_contacts.Count >= VendorConsts.MaxContacts)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.TooManyContacts,
                $"A vendor can have at most {VendorConsts.MaxContacts} contacts.", nameof(Contacts));
        EnsureNoDuplicate(details, exceptId: null);
        var contact = new VendorContact(id, Id, details);
        _contacts.Add(contact);
        return contact;
    }

    public void UpdateContact(Guid contactId, ContactDetails details)
    {
        var contact = FindContact(contactId);
        EnsureNoDuplicate(details, exceptId: contactId);
        contact.Update(details);
    }

    public void RemoveContact(Guid contactId) => _contacts.Remove(FindContact(contactId));

    /// <summary>The escalation path: contacts with a level, first line first.</summary>
    public IEnumerable<VendorContact> EscalationPath()
        => _contacts.Where(c => c.EscalationLevel is not null).OrderBy(c => c.EscalationLevel).ThenBy(c => c.Name);

    private VendorContact FindContact(Guid contactId)
        => _contacts.FirstOrDefault(c => c.Id == contactId)
           ?? throw new BusinessException(VendorManagerErrorCodes.Vendors.ContactNotFound,
               $"The vendor has no contact with id {contactId}.", nameof(Contacts), BusinessErrorKind.Rule);

    private void EnsureNoDuplicate(ContactDetails details, Guid? exceptId)
    {
        var duplicate = _contacts.Any(c => c.Id != exceptId
            && string.Equals(c.Name, details.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(c.Email ?? "", details.Email ?? "", StringComparison.OrdinalIgnoreCase));
        if (duplicate)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.ContactDuplicate,
                $"The vendor already has a contact named {details.Name} with that e-mail.", nameof(Contacts));
    }

    private static string? NormalizeWebsite(string? website)
    {
        var value = Check.Optional(website, VendorConsts.MaxWebsiteLength, nameof(Website), VendorManagerErrorCodes.Vendors.FieldTooLong);
        if (value is null) return null;
        if (!value.Contains("://", StringComparison.Ordinal)) value = "https://" + value;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !uri.Host.Contains('.', StringComparison.Ordinal) && uri.Host != "localhost")
            throw new BusinessException(VendorManagerErrorCodes.Vendors.WebsiteInvalid,
                "Website must be an http or https address such as https://vendor.example.", nameof(Website));
        return uri.ToString();
    }
}
