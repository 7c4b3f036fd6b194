using Microsoft.Extensions.Options;
using NodaTime;
using VendorManager.Contracts;
using VendorManager.Documents.Detection;

namespace VendorManager.Documents;

public sealed class ContractDocumentAppService(
    IContractDocumentRepository documents,
    ContractOwnerDirectory users,
    IUnitOfWork unitOfWork,
    IOptions<DocumentOptions> options) : IContractDocumentAppService
{
    public async Task<ContractDocumentDto> UploadAsync(Guid contractId, UploadContractDocumentInput input, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(content);
        await EnsureContractExistsAsync(contractId, ct);
        var maxBytes = options.Value.MaxBytes;
        if (input.DeclaredSize > maxBytes) throw DocumentRefusals.TooLarge(maxBytes);
        if (input.DeclaredSize == 0) throw DocumentRefusals.Empty();

        await using var upload = await CheckedUpload.ReadAsync(content, maxBytes, SpoolDirectory(), ct);
        var format = DocumentContentDetector.Detect(upload.Content) ?? throw DocumentRefusals.FormatNotAllowed();
        var document = new ContractDocument(Guid.CreateVersion7(), contractId, input.Kind, input.Title, input.FileName, format,
            upload.Size, upload.Sha256, input.EffectiveFrom is { } day ? LocalDate.FromDateOnly(day) : null);

        upload.Content.Position = 0;
        await documents.AddWithContentAsync(document, upload.Content, ct);
        return (await ToDtosAsync([document], ct))[0];
    }

    public async Task<IReadOnlyList<ContractDocumentDto>> GetListAsync(Guid contractId, CancellationToken ct = default)
    {
        await EnsureContractExistsAsync(contractId, ct);
        return await ToDtosAsync(await documents.ListForContractAsync(contractId, ct), ct);
    }

    public async Task<ContractDocumentDto> GetAsync(Guid contractId, Guid documentId, CancellationToken ct = default)
        => (await ToDtosAsync([await FindAsync(contractId, documentId, ct)], ct))[0];

    public async Task<ContractDocumentContent> DownloadAsync(Guid contractId, Guid documentId, CancellationToken ct = default)
    {
        var document = await FindAsync(contractId, documentId, ct);
        return new ContractDocumentContent(documents.OpenContent(document), document.ContentType, document.DownloadFileName, document.Size, document.Sha256);
    }

    public async Task DeleteAsync(Guid contractId, Guid documentId, CancellationToken ct = default)
    {
        documents.Delete(await FindAsync(contractId, documentId, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>A document is reached only through its own contract, and not once that contract is deleted.</summary>
    private async Task<ContractDocument> FindAsync(Guid contractId, Guid documentId, CancellationToken ct)
    {
        await EnsureContractExistsAsync(contractId, ct);
        return await documents.GetAsync(contractId, documentId, ct);
    }

    private async Task EnsureContractExistsAsync(Guid contractId, CancellationToken ct)
    {
        if (!await documents.ContractExistsAsync(contractId, ct)) throw new EntityNotFoundException(typeof(Contract), contractId);
    }

    private string SpoolDirectory()
        => string.IsNullOrWhiteSpace(options.Value.SpoolDirectory) ? Path.GetTempPath() : options.Value.SpoolDirectory;

    private async Task<IReadOnlyList<ContractDocumentDto>> ToDtosAsync(IReadOnlyList<ContractDocument> items, CancellationToken ct)
    {
        var uploaders = await users.FindAsync(items.Where(d => d.CreatedBy is not null).Select(d => d.CreatedBy!.Value).Distinct().ToList(), ct);
        return items.Select(d => d.ToDto(uploaders)).ToList();
    }
}
