namespace VendorManager.Documents;

/// <summary>
/// Documents kept with a contract: signed contracts, amendments, SLA schedules, quotes. The format is
/// detected from the content (PDF, PNG, JPEG, TIFF, Word, Excel, OpenDocument); anything else is
/// refused whatever its name. Every call names the contract, and a document of another contract is
/// not found. Callable from an API controller and a Razor page alike: uploads take a plain stream.
/// </summary>
public interface IContractDocumentAppService
{
    /// <summary>
    /// Checks and stores an upload. <paramref name="content"/> is read once, from its current position
    /// to its end, and never buffered whole in memory (a stream that cannot seek is spooled to a
    /// temporary file). Refused with a <see cref="BusinessException"/> on the field "File": empty (400),
    /// over <see cref="DocumentOptions.MaxBytes"/> (413, before reading when the declared size is over),
    /// or content of a format not allowed (415).
    /// </summary>
    Task<ContractDocumentDto> UploadAsync(Guid contractId, UploadContractDocumentInput input, Stream content, CancellationToken ct = default);

    /// <summary>The contract's documents, newest first; deleted ones are left out.</summary>
    Task<IReadOnlyList<ContractDocumentDto>> GetListAsync(Guid contractId, CancellationToken ct = default);

    Task<ContractDocumentDto> GetAsync(Guid contractId, Guid documentId, CancellationToken ct = default);

    /// <summary>
    /// The content to send, with the media type detected at upload and a safe download name. The
    /// caller disposes <see cref="ContractDocumentContent.Content"/> and must read it asynchronously
    /// within the same scope (request), since it reads from the database as it goes.
    /// </summary>
    Task<ContractDocumentContent> DownloadAsync(Guid contractId, Guid documentId, CancellationToken ct = default);

    /// <summary>Soft delete: the document leaves the list, its row and content stay as evidence.</summary>
    Task DeleteAsync(Guid contractId, Guid documentId, CancellationToken ct = default);
}
