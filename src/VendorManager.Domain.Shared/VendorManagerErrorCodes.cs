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

    public static class Nodes
    {
        public const string NameRequired = "VendorManager:Node:NameRequired";
        public const string NameTooLong = "VendorManager:Node:NameTooLong";
        public const string NameAlreadyExists = "VendorManager:Node:NameAlreadyExists";
        public const string EndpointAlreadyRegistered = "VendorManager:Node:EndpointAlreadyRegistered";
        public const string AeTitleInvalid = "VendorManager:Node:AeTitleInvalid";
        public const string HostInvalid = "VendorManager:Node:HostInvalid";
        public const string PortOutOfRange = "VendorManager:Node:PortOutOfRange";
        public const string IntervalOutOfRange = "VendorManager:Node:IntervalOutOfRange";
        public const string DegradedLatencyOutOfRange = "VendorManager:Node:DegradedLatencyOutOfRange";
        public const string RoleInvalid = "VendorManager:Node:RoleInvalid";
        public const string ProbeKindInvalid = "VendorManager:Node:ProbeKindInvalid";
        public const string FieldTooLong = "VendorManager:Node:FieldTooLong";
        public const string VendorNotFound = "VendorManager:Node:VendorNotFound";
        public const string ImportEmpty = "VendorManager:Node:ImportEmpty";
        public const string ImportTooLarge = "VendorManager:Node:ImportTooLarge";
        public const string ImportHeaderInvalid = "VendorManager:Node:ImportHeaderInvalid";
        public const string ImportValueInvalid = "VendorManager:Node:ImportValueInvalid";
        public const string VersionSourceInvalid = "VendorManager:Node:VersionSourceInvalid";
        public const string VersionSourceUrlInvalid = "VendorManager:Node:VersionSourceUrlInvalid";
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
