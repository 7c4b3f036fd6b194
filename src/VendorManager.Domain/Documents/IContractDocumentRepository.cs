namespace VendorManager.Documents;

public interface IContractDocumentRepository
{
    /// <summary>Whether the contract exists and is not deleted: documents of a deleted contract are out of reach with it.</summary>
    Task<bool> ContractExistsAsync(Guid contractId, CancellationToken ct = default);

    /// <summary>
    /// The contract's document, tracked for change; throws <see cref="EntityNotFoundException"/> when it
    /// does not exist, is deleted, or belongs to another contract.
    /// </summary>
    Task<ContractDocument> GetAsync(Guid contractId, Guid documentId, CancellationToken ct = default);

    /// <summary>The contract's documents not deleted, newest first, without their content.</summary>
    Task<IReadOnlyList<ContractDocument>> ListForContractAsync(Guid contractId, CancellationToken ct = default);

    /// <summary>
    /// Stores the document and its content in one transaction and saves at once (unlike other
    /// repository calls): the row never exists without all of its content, nor content without its row.
    /// <paramref name="content"/> is read from its start to its end.
    /// </summary>
    Task AddWithContentAsync(ContractDocument document, Stream content, CancellationToken ct = default);

    /// <summary>The stored content, read on demand while the stream is read (asynchronously); never loaded whole.</summary>
    Stream OpenContent(ContractDocument document);

    /// <summary>Soft delete: the row is marked and the content kept, as evidence of what was on record.</summary>
    void Delete(ContractDocument document);
}
