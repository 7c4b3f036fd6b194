using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Documents;
using VendorManager.Permissions;
using VendorManager.Uploads;
using VendorManager.Web.Security;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// A contract's documents from its page: download for readers; upload and delete for managers. The
/// list and the form are on the contract's page (<see cref="ContractDocumentsViewComponent"/>), where
/// every post returns, a refusal included, with what was typed.
/// </summary>
[Authorize(VendorManagerPermissions.Contracts.Read)]
[PostsRequire(VendorManagerPermissions.Contracts.Manage)]
[DocumentUploadLimits]
public sealed class DocumentsModel(IContractDocumentAppService documents) : AppPageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DocumentUploadForm Input { get; set; } = new();

    public IActionResult OnGet() => BackToContract("documents");

    public async Task<IActionResult> OnGetDownloadAsync(Guid documentId, CancellationToken ct)
    {
        try
        {
            return DocumentAttachment.Create(await documents.DownloadAsync(Id, documentId, ct), Response);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (Input.File is null) ModelState.AddModelError("Input." + nameof(DocumentUploadForm.File), "Choose the file to upload.");
        ContractDocumentDto? created = null;
        if (ModelState.IsValid)
        {
            try
            {
                await using var content = Input.File!.OpenReadStream();
                await TryAsync(async () => created = await documents.UploadAsync(Id, new UploadContractDocumentInput
                {
                    Kind = Input.Kind, Title = Input.Title, FileName = Input.File.FileName, DeclaredSize = Input.File.Length, EffectiveFrom = Input.EffectiveFrom,
                }, content, ct), MapField);
            }
            catch (EntityNotFoundException)
            {
                return NotFound();
            }
        }
        if (created is not null)
        {
            TempData["Success"] = $"Document \u201c{created.Title}\u201d uploaded.";
            return BackToContract("documents");
        }
        TempData[RefusedUpload.TempDataKey] = RefusedUpload.From(Id, Input, ModelState).ToJson();
        return BackToContract("document-upload");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid documentId, CancellationToken ct)
    {
        try
        {
            await documents.DeleteAsync(Id, documentId, ct);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        TempData["Success"] = "Document removed from the list; its record and content are kept as evidence.";
        return BackToContract("documents");
    }

    private RedirectToPageResult BackToContract(string fragment) => RedirectToPage("Details", null, new { id = Id }, fragment);

    /// <summary>The service's fields are the form's; anything else (the contract) goes to the top of the form.</summary>
    private static string MapField(string field) => field switch
    {
        DocumentRefusals.FileField or nameof(DocumentUploadForm.Kind) or nameof(DocumentUploadForm.Title) or nameof(DocumentUploadForm.EffectiveFrom)
            => "Input." + field,
        _ => "",
    };
}
