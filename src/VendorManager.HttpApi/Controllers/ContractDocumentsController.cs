using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorManager.Documents;
using VendorManager.Permissions;
using VendorManager.Uploads;

namespace VendorManager.Controllers;

/// <summary>
/// A contract's documents. Uploads are multipart forms with the file in the field "file"; its
/// format is detected from the content (PDF, PNG, JPEG, TIFF, Word, Excel, OpenDocument) and anything
/// else is refused with 415, whatever its name or declared type. Downloads are always attachments.
/// </summary>
[ApiController]
[Route("api/contracts/{id:guid}/documents")]
public sealed class ContractDocumentsController(IContractDocumentAppService documents) : ControllerBase
{
    /// <summary>The contract's documents, newest first (deleted ones left out).</summary>
    [HttpGet]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<IReadOnlyList<ContractDocumentDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<IReadOnlyList<ContractDocumentDto>> GetList(Guid id, CancellationToken ct) => documents.GetListAsync(id, ct);

    [HttpGet("{documentId:guid}")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType<ContractDocumentDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ContractDocumentDto> Get(Guid id, Guid documentId, CancellationToken ct) => documents.GetAsync(id, documentId, ct);

    /// <summary>The content as an attachment, under the uploader's file name made safe and ending in the detected format's extension.</summary>
    [HttpGet("{documentId:guid}/content")]
    [Authorize(VendorManagerPermissions.Contracts.Read)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Download(Guid id, Guid documentId, CancellationToken ct)
    {
        var download = await documents.DownloadAsync(id, documentId, ct);
        return DocumentAttachment.Create(download, Response);
    }

    /// <summary>
    /// Uploads a document (multipart/form-data: file, kind, title, effectiveFrom). 413 over the size
    /// limit, 415 for content of a format not accepted, 400 for an empty file or invalid fields.
    /// </summary>
    [HttpPost]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [Consumes("multipart/form-data")]
    [DocumentUploadLimits]
    [ProducesResponseType<ContractDocumentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<ContractDocumentDto>> Upload(Guid id, [FromForm] UploadContractDocumentForm form, CancellationToken ct)
    {
        if (form.File is not { } file)
            throw DocumentRefusals.Missing();
        await using var content = file.OpenReadStream();
        var created = await documents.UploadAsync(id, new UploadContractDocumentInput
        {
            Kind = form.Kind, Title = form.Title, FileName = file.FileName, DeclaredSize = file.Length, EffectiveFrom = form.EffectiveFrom,
        }, content, ct);
        return CreatedAtAction(nameof(Get), new { id, documentId = created.Id }, created);
    }

    /// <summary>Removes the document from the contract's list; its record and content are kept as evidence.</summary>
    [HttpDelete("{documentId:guid}")]
    [Authorize(VendorManagerPermissions.Contracts.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(Guid id, Guid documentId, CancellationToken ct)
    {
        await documents.DeleteAsync(id, documentId, ct);
        return NoContent();
    }
}
