namespace VendorManager;

/// <summary>
/// Stable error codes carried by business exceptions. Clients and tests match on these,
/// so a code, once published, never changes meaning.
/// </summary>
public static class VendorManagerErrorCodes
{
    public const string ValidationFailed = "VendorManager:ValidationFailed";
    public const string EntityNotFound = "VendorManager:EntityNotFound";
    public const string ConcurrencyConflict = "VendorManager:ConcurrencyConflict";

    public static class Vendors
    {
        public const string NameRequired = "VendorManager:Vendor:NameRequired";
        public const string NameTooLong = "VendorManager:Vendor:NameTooLong";
        public const string NameAlreadyExists = "VendorManager:Vendor:NameAlreadyExists";
        public const string KindRequired = "VendorManager:Vendor:KindRequired";
        public const string WebsiteInvalid = "VendorManager:Vendor:WebsiteInvalid";
        public const string FieldTooLong = "VendorManager:Vendor:FieldTooLong";
        public const string ContactNameRequired = "VendorManager:Vendor:ContactNameRequired";
        public const string ContactEmailInvalid = "VendorManager:Vendor:ContactEmailInvalid";
        public const string ContactEscalationLevelOutOfRange = "VendorManager:Vendor:ContactEscalationLevelOutOfRange";
        public const string ContactNotFound = "VendorManager:Vendor:ContactNotFound";
        public const string ContactDuplicate = "VendorManager:Vendor:ContactDuplicate";
        public const string TooManyContacts = "VendorManager:Vendor:TooManyContacts";
        public const string RemoteSupportDetailsRequired = "VendorManager:Vendor:RemoteSupportDetailsRequired";
    }

    public static class Users
    {
        public const string IdentityError = "VendorManager:User:IdentityError";
        public const string CannotRemoveLastAdministrator = "VendorManager:User:CannotRemoveLastAdministrator";
        public const string UnknownRole = "VendorManager:User:UnknownRole";
    }

    public static class ApiTokens
    {
        public const string ExpiryInPast = "VendorManager:ApiToken:ExpiryInPast";
        public const string ExpiryTooFar = "VendorManager:ApiToken:ExpiryTooFar";
        public const string NameRequired = "VendorManager:ApiToken:NameRequired";
    }
}
