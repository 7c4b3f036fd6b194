namespace VendorManager.Vendors;

/// <summary>A contact's validated details; constructing one is the validation.</summary>
public sealed record ContactDetails
{
    public string Name { get; }
    public string? Role { get; }
    public string? Email { get; }
    public string? Phone { get; }
    public int? EscalationLevel { get; }

    public ContactDetails(string? name, string? role, string? email, string? phone, int? escalationLevel)
    {
        const string tooLong = VendorManagerErrorCodes.Vendors.FieldTooLong;
        Name = Check.NotBlank(name, VendorConsts.MaxContactNameLength, "Name",
            VendorManagerErrorCodes.Vendors.ContactNameRequired, tooLong, "Contact name");
        Role = Check.Optional(role, VendorConsts.MaxContactRoleLength, "Role", tooLong, "Contact role");
        Email = Check.Optional(email, VendorConsts.MaxContactEmailLength, "Email", tooLong, "Contact e-mail");
        if (Email is not null && !Check.IsEmail(Email))
            throw new BusinessException(VendorManagerErrorCodes.Vendors.ContactEmailInvalid,
                $"'{Email}' is not a valid e-mail address.", "Email");
        Phone = Check.Optional(phone, VendorConsts.MaxContactPhoneLength, "Phone", tooLong, "Contact phone");
        if (escalationLevel is < 1 or > VendorConsts.MaxEscalationLevel)
            throw new BusinessException(VendorManagerErrorCodes.Vendors.ContactEscalationLevelOutOfRange,
                $"Escalation level must be between 1 and {VendorConsts.MaxEscalationLevel}, or empty.", "EscalationLevel");
        EscalationLevel = escalationLevel;
    }
}
