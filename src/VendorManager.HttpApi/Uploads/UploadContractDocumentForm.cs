using VendorManager.Documents;

namespace VendorManager.Uploads;

/// <summary>The multipart form of a document upload: the file in the field "file", the rest as plain fields.</summary>
public sealed class UploadContractDocumentForm
{
    public IFormFile? File { get; set; }
    /// <summary>SignedContract, Amendment, SlaSchedule, Quote or Other (the default).</summary>
    public ContractDocumentKind Kind { get; set; } = ContractDocumentKind.Other;
    /// <summary>Optional: the file name without its extension when left empty.</summary>
    public string? Title { get; set; }
    /// <summary>Optional ISO date (yyyy-MM-dd) the document takes effect.</summary>
    public DateOnly? EffectiveFrom { get; set; }
}
