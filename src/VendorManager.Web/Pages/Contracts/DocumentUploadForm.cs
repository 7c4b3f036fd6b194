using VendorManager.Documents;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>The upload form on a contract's page; posted to <see cref="DocumentsModel"/>.</summary>
public sealed class DocumentUploadForm
{
    public IFormFile? File { get; set; }

    public ContractDocumentKind Kind { get; set; } = ContractDocumentKind.SignedContract;

    /// <summary>Optional: the service names the document after its file when left empty.</summary>
    public string? Title { get; set; }

    public DateOnly? EffectiveFrom { get; set; }
}
