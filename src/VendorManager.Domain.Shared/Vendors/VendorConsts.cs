namespace VendorManager.Vendors;

public static class VendorConsts
{
    public const int MaxNameLength = 128;
    public const int MaxWebsiteLength = 256;
    public const int MaxPhoneLength = 64;
    public const int MaxNotesLength = 4000;
    public const int MaxRemoteSupportDetailsLength = 2000;
    public const int MaxContacts = 50;

    public const int MaxContactNameLength = 128;
    public const int MaxContactRoleLength = 128;
    public const int MaxContactEmailLength = 256;
    public const int MaxContactPhoneLength = 64;

    /// <summary>Escalation levels run from 1 (first line) to this value (executive).</summary>
    public const int MaxEscalationLevel = 5;
}
