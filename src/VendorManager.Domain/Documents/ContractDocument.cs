using NodaTime;
using VendorManager.Contracts;
using VendorManager.Entities;
using Codes = VendorManager.Documents.DocumentErrorCodes;

namespace VendorManager.Documents;

/// <summary>
/// A file kept as part of a contract's record: the signed contract, an amendment, an SLA schedule,
/// a quote. An aggregate of its own rather than a child of <see cref="Contract"/>: its content is
/// large and never needed to edit or evaluate a contract, and an upload must not count as an edit
/// of the contract (it would renew the contract's concurrency stamp under its editors).
/// Who uploaded it and when are the audit fields (<see cref="AggregateRoot{TKey}.CreatedBy"/>,
/// <see cref="AggregateRoot{TKey}.CreatedAt"/>); deleting only marks it, and the content stays.
/// </summary>
[Audited]
public class ContractDocument : AggregateRoot<Guid>
{
    public Guid ContractId { get; private set; }
    public ContractDocumentKind Kind { get; private set; }
    public string Title { get; private set; } = null!;
    /// <summary>The uploader's file name made harmless (<see cref="DocumentFileName.Sanitize"/>): for display and the download's name only, never a path.</summary>
    public string FileName { get; private set; } = null!;
    /// <summary>The media type detected from the content, one of <see cref="DocumentFormat.All"/>.</summary>
    public string ContentType { get; private set; } = null!;
    public long Size { get; private set; }
    /// <summary>SHA-256 of the content, lower-case hex: lets anyone check a copy against the one on record.</summary>
    public string Sha256 { get; private set; } = null!;
    /// <summary>The day the document takes effect (an amendment's start), when it matters.</summary>
    public LocalDate? EffectiveFrom { get; private set; }

    public DocumentFormat Format => DocumentFormat.FromMediaType(ContentType)
        ?? throw new InvalidOperationException($"Document {Id} has the content type {ContentType}, which is not an allowed format.");

    /// <summary>The name a download is offered under: the stored name, ending in the detected format's extension.</summary>
    public string DownloadFileName => DocumentFileName.WithExtension(FileName, Format);

    private ContractDocument() { }

    /// <param name="format">What the content was detected to be; the caller sniffed it, nobody declared it.</param>
    public ContractDocument(Guid id, Guid contractId, ContractDocumentKind kind, string? title, string? originalFileName,
        DocumentFormat format, long size, string sha256, LocalDate? effectiveFrom) : base(id)
    {
        ArgumentNullException.ThrowIfNull(format);
        var errors = new FieldErrors();
        if (contractId == Guid.Empty)
            errors.Add(nameof(ContractId), Codes.ContractRequired, "Choose the contract the document belongs to.");
        if (!Enum.IsDefined(kind))
            errors.Add(nameof(Kind), Codes.KindInvalid, "Kind must be a signed contract, an amendment, an SLA schedule, a quote or other.");
        FileName = DocumentFileName.Sanitize(originalFileName);
        var readableTitle = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(FileName) : title.Trim();
        if (readableTitle.Length == 0)
            errors.Add(nameof(Title), Codes.TitleRequired, "Give the document a title.");
        else if (readableTitle.Length > DocumentConsts.MaxTitleLength)
            errors.Add(nameof(Title), Codes.TitleTooLong, $"Title must be at most {DocumentConsts.MaxTitleLength} characters.");
        if (effectiveFrom is { Year: < ContractConsts.MinYear or > ContractConsts.MaxYear })
            errors.Add(nameof(EffectiveFrom), Codes.DateOutOfRange, $"The effective date must lie between {ContractConsts.MinYear} and {ContractConsts.MaxYear}.");
        if (size <= 0)
            errors.Add(nameof(Size), Codes.SizeInvalid, "A document has at least one byte.");
        if (!IsSha256Hex(sha256))
            errors.Add(nameof(Sha256), Codes.HashInvalid, "The content hash must be SHA-256 as 64 lower-case hexadecimal digits.");
        errors.ThrowIfAny();

        ContractId = contractId;
        Kind = kind;
        Title = readableTitle;
        ContentType = format.MediaType;
        Size = size;
        Sha256 = sha256;
        EffectiveFrom = effectiveFrom;
    }

    private static bool IsSha256Hex(string? value)
        => value is { Length: DocumentConsts.Sha256HexLength } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
