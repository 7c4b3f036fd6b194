namespace VendorManager.Documents;

/// <summary>What accompanies an upload's bytes.</summary>
public sealed class UploadContractDocumentInput
{
    public ContractDocumentKind Kind { get; set; } = ContractDocumentKind.Other;
    /// <summary>Optional: the file name without its extension when left empty.</summary>
    public string? Title { get; set; }
    /// <summary>The name the file had on the uploader's machine: kept (sanitized) for display and the download's name only.</summary>
    public string? FileName { get; set; }
    /// <summary>The size the client announced (a form file's length), if known: an upload announced over the limit is refused before it is read.</summary>
    public long? DeclaredSize { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
}
