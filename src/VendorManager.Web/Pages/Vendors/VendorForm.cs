using System.ComponentModel.DataAnnotations;
using VendorManager.Vendors;

namespace VendorManager.Web.Pages.Vendors;

/// <summary>The vendor form as the browser posts it; converts to the application's inputs and maps error fields back.</summary>
public sealed class VendorForm
{
    [Required(ErrorMessage = "Name is required."), StringLength(VendorConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    public List<VendorKind> SelectedKinds { get; set; } = [];

    [StringLength(VendorConsts.MaxWebsiteLength)]
    public string? Website { get; set; }

    [StringLength(VendorConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [StringLength(VendorConsts.MaxNotesLength)]
    public string? Notes { get; set; }

    public RemoteSupportMethod RemoteSupportMethod { get; set; }

    [StringLength(VendorConsts.MaxRemoteSupportDetailsLength)]
    public string? RemoteSupportDetails { get; set; }

    public bool RemoteSupportRequiresApproval { get; set; }

    public List<ContactRow> Contacts { get; set; } = [];

    public string? ConcurrencyStamp { get; set; }

    public static VendorForm From(VendorDto v) => new()
    {
        Name = v.Name,
        SelectedKinds = Enum.GetValues<VendorKind>().Where(k => k != VendorKind.None && v.Kinds.HasFlag(k)).ToList(),
        Website = v.Website,
        Phone = v.Phone,
        Notes = v.Notes,
        RemoteSupportMethod = v.RemoteSupport.Method,
        RemoteSupportDetails = v.RemoteSupport.Details,
        RemoteSupportRequiresApproval = v.RemoteSupport.RequiresApprovalPerSession,
        Contacts = v.Contacts.Select(c => new ContactRow
        {
            Id = c.Id, Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone, EscalationLevel = c.EscalationLevel,
        }).ToList(),
        ConcurrencyStamp = v.ConcurrencyStamp,
    };

    public T To<T>() where T : VendorEditInput, new() => new()
    {
        Name = Name,
        Kinds = SelectedKinds.Aggregate(VendorKind.None, (all, k) => all | k),
        Website = Website,
        Phone = Phone,
        Notes = Notes,
        RemoteSupport = new RemoteSupportInput
        {
            Method = RemoteSupportMethod, Details = RemoteSupportDetails, RequiresApprovalPerSession = RemoteSupportRequiresApproval,
        },
        // A row left completely empty is the spare row of the form, not a contact.
        Contacts = Contacts.Where(c => !c.IsBlank).Select(c => new VendorContactInput
        {
            Id = c.Id, Name = c.Name ?? "", Role = c.Role, Email = c.Email, Phone = c.Phone, EscalationLevel = c.EscalationLevel,
        }).ToList(),
    };

    /// <summary>Domain field paths to this form's names, so a message lands under its input.</summary>
    public static string MapField(string field) => "Input." + field switch
    {
        "Kinds" => nameof(SelectedKinds),
        "RemoteSupport.Details" => nameof(RemoteSupportDetails),
        "RemoteSupport.Method" => nameof(RemoteSupportMethod),
        _ => field,
    };

    public sealed class ContactRow
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public int? EscalationLevel { get; set; }

        public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role)
                               && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone) && EscalationLevel is null;
    }
}
