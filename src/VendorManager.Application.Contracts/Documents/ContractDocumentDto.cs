namespace VendorManager.Documents;

/// <summary>
/// A stored document's description; the content is fetched separately. <see cref="FileName"/> is the
/// uploader's name made safe, <see cref="ContentType"/> what the content was detected to be, and
/// <see cref="Sha256"/> the hex digest to check a copy against.
/// </summary>
public sealed record ContractDocumentDto(
    Guid Id,
    Guid ContractId,
    ContractDocumentKind Kind,
    string Title,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateOnly? EffectiveFrom,
    DateTime UploadedAt,
    Guid? UploadedBy,
    string? UploadedByName);
