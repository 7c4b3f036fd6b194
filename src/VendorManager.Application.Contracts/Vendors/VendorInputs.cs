using System.ComponentModel.DataAnnotations;
using VendorManager.Common;

namespace VendorManager.Vendors;

public sealed class GetVendorListInput : PagedAndSortedInput
{
    [StringLength(VendorConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public VendorKind? Kind { get; set; }
}

/// <summary>Fields shared by create and update. Data annotations give early field errors; the aggregate has the final word.</summary>
public class VendorEditInput
{
    [Required, StringLength(VendorConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required]
    public VendorKind Kinds { get; set; }

    [StringLength(VendorConsts.MaxWebsiteLength)]
    public string? Website { get; set; }

    [StringLength(VendorConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [StringLength(VendorConsts.MaxNotesLength)]
    public string? Notes { get; set; }

    public RemoteSupportInput RemoteSupport { get; set; } = new();

    [MaxLength(VendorConsts.MaxContacts)]
    public List<VendorContactInput> Contacts { get; set; } = [];
}

public sealed class CreateVendorInput : VendorEditInput;

public sealed class UpdateVendorInput : VendorEditInput
{
    /// <summary>The stamp read with the vendor; a stale one is refused with a conflict.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class RemoteSupportInput
{
    public RemoteSupportMethod Method { get; set; }

    [StringLength(VendorConsts.MaxRemoteSupportDetailsLength)]
    public string? Details { get; set; }

    public bool RequiresApprovalPerSession { get; set; }
}

public sealed class VendorContactInput
{
    /// <summary>Null for a new contact; an existing contact's id to keep and update it.</summary>
    public Guid? Id { get; set; }

    [Required, StringLength(VendorConsts.MaxContactNameLength)]
    public string Name { get; set; } = "";

    [StringLength(VendorConsts.MaxContactRoleLength)]
    public string? Role { get; set; }

    [StringLength(VendorConsts.MaxContactEmailLength), EmailAddress]
    public string? Email { get; set; }

    [StringLength(VendorConsts.MaxContactPhoneLength)]
    public string? Phone { get; set; }

    [Range(1, VendorConsts.MaxEscalationLevel)]
    public int? EscalationLevel { get; set; }
}
