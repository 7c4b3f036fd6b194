namespace VendorManager.EntityFrameworkCore.Documents;

/// <summary>
/// One slice of a document's content. Content lives in the database (see docs/architecture.md,
/// Documents) in slices, so neither an upload nor a download ever holds a whole file in memory and
/// each slice is an ordinary row on both providers. Only this layer knows the layout; the domain
/// sees a stream.
/// </summary>
internal sealed class DocumentContentChunk
{
    public Guid DocumentId { get; private set; }
    /// <summary>0, 1, 2... in content order.</summary>
    public int Sequence { get; private set; }
    public byte[] Data { get; private set; } = null!;

    private DocumentContentChunk() { }

    public DocumentContentChunk(Guid documentId, int sequence, byte[] data)
    {
        DocumentId = documentId;
        Sequence = sequence;
        Data = data;
    }
}
