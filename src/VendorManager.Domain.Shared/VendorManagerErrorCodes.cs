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
        public const string StillReferenced = "VendorManager:Vendor:StillReferenced";
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

    public static class Contracts
    {
        public const string VendorRequired = "VendorManager:Contract:VendorRequired";
        public const string VendorNotFound = "VendorManager:Contract:VendorNotFound";
        public const string NumberRequired = "VendorManager:Contract:NumberRequired";
        public const string NumberTooLong = "VendorManager:Contract:NumberTooLong";
        public const string NumberAlreadyExists = "VendorManager:Contract:NumberAlreadyExists";
        public const string FieldTooLong = "VendorManager:Contract:FieldTooLong";
        public const string KindInvalid = "VendorManager:Contract:KindInvalid";
        public const string OwnerRequired = "VendorManager:Contract:OwnerRequired";
        public const string OwnerNotFound = "VendorManager:Contract:OwnerNotFound";
        public const string OwnerInactive = "VendorManager:Contract:OwnerInactive";
        public const string ValueNegative = "VendorManager:Contract:ValueNegative";
        public const string FeeNegative = "VendorManager:Contract:FeeNegative";
        public const string CurrencyRequired = "VendorManager:Contract:CurrencyRequired";
        public const string CurrencyInvalid = "VendorManager:Contract:CurrencyInvalid";
        public const string BillingPeriodInvalid = "VendorManager:Contract:BillingPeriodInvalid";
        public const string TimeZoneInvalid = "VendorManager:Contract:TimeZoneInvalid";
        public const string TimeNotUtc = "VendorManager:Contract:TimeNotUtc";

        public const string NodeNotFound = "VendorManager:Contract:NodeNotFound";
        public const string NodeNotCovered = "VendorManager:Contract:NodeNotCovered";
        public const string TooManyNodes = "VendorManager:Contract:TooManyNodes";

        public const string TermEndBeforeStart = "VendorManager:Contract:TermEndBeforeStart";
        public const string TermStartFixed = "VendorManager:Contract:TermStartFixed";
        public const string TermEnded = "VendorManager:Contract:TermEnded";
        public const string TooManyTerms = "VendorManager:Contract:TooManyTerms";
        public const string RenewalKindInvalid = "VendorManager:Contract:RenewalKindInvalid";
        public const string RenewalPeriodRequired = "VendorManager:Contract:RenewalPeriodRequired";
        public const string PeriodUnitInvalid = "VendorManager:Contract:PeriodUnitInvalid";
        public const string PeriodOutOfRange = "VendorManager:Contract:PeriodOutOfRange";
        public const string RenewalTooEarly = "VendorManager:Contract:RenewalTooEarly";
        public const string ContractTerminated = "VendorManager:Contract:Terminated";
        public const string DateOutOfRange = "VendorManager:Contract:DateOutOfRange";
        public const string DateRequired = "VendorManager:Contract:DateRequired";
        public const string TerminationReasonRequired = "VendorManager:Contract:TerminationReasonRequired";
        public const string TerminationReasonTooLong = "VendorManager:Contract:TerminationReasonTooLong";
        public const string TerminationBeforeStart = "VendorManager:Contract:TerminationBeforeStart";
        public const string TerminationAfterEnd = "VendorManager:Contract:TerminationAfterEnd";

        public const string ReminderLeadsRequired = "VendorManager:Contract:ReminderLeadsRequired";
        public const string ReminderLeadOutOfRange = "VendorManager:Contract:ReminderLeadOutOfRange";
        public const string ReminderLeadDuplicate = "VendorManager:Contract:ReminderLeadDuplicate";
        public const string TooManyReminderLeads = "VendorManager:Contract:TooManyReminderLeads";

        public const string SlaAvailabilityTargetOutOfRange = "VendorManager:Contract:SlaAvailabilityTargetOutOfRange";
        public const string SlaMeasurementPeriodInvalid = "VendorManager:Contract:SlaMeasurementPeriodInvalid";
        public const string SlaTooManyDecimals = "VendorManager:Contract:SlaTooManyDecimals";
        public const string SlaCoverageInvalid = "VendorManager:Contract:SlaCoverageInvalid";
        public const string SlaCoverageWindowsRequired = "VendorManager:Contract:SlaCoverageWindowsRequired";
        public const string SlaTooManyCoverageWindows = "VendorManager:Contract:SlaTooManyCoverageWindows";
        public const string SlaCoverageDayInvalid = "VendorManager:Contract:SlaCoverageDayInvalid";
        public const string SlaCoverageWindowInvalid = "VendorManager:Contract:SlaCoverageWindowInvalid";
        public const string SlaCoverageWindowsOverlap = "VendorManager:Contract:SlaCoverageWindowsOverlap";
        public const string SlaMinimumOutageOutOfRange = "VendorManager:Contract:SlaMinimumOutageOutOfRange";
        public const string SlaDegradedWeightOutOfRange = "VendorManager:Contract:SlaDegradedWeightOutOfRange";
        public const string SlaMaintenanceNoticeOutOfRange = "VendorManager:Contract:SlaMaintenanceNoticeOutOfRange";
        public const string SlaTooManyCreditTiers = "VendorManager:Contract:SlaTooManyCreditTiers";
        public const string SlaCreditThresholdOutOfRange = "VendorManager:Contract:SlaCreditThresholdOutOfRange";
        public const string SlaCreditThresholdsNotDescending = "VendorManager:Contract:SlaCreditThresholdsNotDescending";
        public const string SlaCreditOutOfRange = "VendorManager:Contract:SlaCreditOutOfRange";
        public const string SlaCreditsNotAscending = "VendorManager:Contract:SlaCreditsNotAscending";
        public const string SlaCreditCapOutOfRange = "VendorManager:Contract:SlaCreditCapOutOfRange";
        public const string SlaSeverityInvalid = "VendorManager:Contract:SlaSeverityInvalid";
        public const string SlaSeverityDuplicate = "VendorManager:Contract:SlaSeverityDuplicate";
        public const string SlaTargetOutOfRange = "VendorManager:Contract:SlaTargetOutOfRange";
        public const string SlaResponseAfterResolution = "VendorManager:Contract:SlaResponseAfterResolution";
        public const string SlaClaimDeadlineOutOfRange = "VendorManager:Contract:SlaClaimDeadlineOutOfRange";
        public const string SlaFeeRequired = "VendorManager:Contract:SlaFeeRequired";

        public const string ReminderNotAwaitingDecision = "VendorManager:Contract:ReminderNotAwaitingDecision";
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
