namespace VendorManager.Documents;

/// <summary>
/// Stable error codes for contract documents. Clients and tests match on these, so a code, once
/// published, never changes meaning.
/// </summary>
public static class DocumentErrorCodes
{
    public const string ContractRequired = "VendorManager:Document:ContractRequired";
    public const string KindInvalid = "VendorManager:Document:KindInvalid";
    public const string TitleRequired = "VendorManager:Document:TitleRequired";
    public const string TitleTooLong = "VendorManager:Document:TitleTooLong";
    public const string DateOutOfRange = "VendorManager:Document:DateOutOfRange";
    public const string FileRequired = "VendorManager:Document:FileRequired";
    public const string FileEmpty = "VendorManager:Document:FileEmpty";
    /// <summary>Answered with 413: the file (or the request carrying it) is over Documents:MaxBytes.</summary>
    public const string FileTooLarge = "VendorManager:Document:FileTooLarge";
    /// <summary>Answered with 415: the content is none of the allowed formats, whatever its name or declared type.</summary>
    public const string ContentTypeNotAllowed = "VendorManager:Document:ContentTypeNotAllowed";
    public const string ContentTypeUnknown = "VendorManager:Document:ContentTypeUnknown";
    public const string SizeInvalid = "VendorManager:Document:SizeInvalid";
    public const string HashInvalid = "VendorManager:Document:HashInvalid";
}
