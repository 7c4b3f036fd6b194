using Microsoft.EntityFrameworkCore;
using VendorManager.Documents;
using VendorManager.EntityFrameworkCore.Documents;

namespace VendorManager.EntityFrameworkCore.Repositories;

internal sealed class ContractDocumentRepository(VendorManagerDbContext db) : IContractDocumentRepository
{
    /// <summary>1 MiB: a 25 MiB file is 25 rows, and an upload or download holds one slice at a time.</summary>
    internal const int ChunkSize = 1024 * 1024;

    public Task<bool> ContractExistsAsync(Guid contractId, CancellationToken ct = default)
        => db.Contracts.AnyAsync(c => c.Id == contractId, ct);

    public async Task<ContractDocument> GetAsync(Guid contractId, Guid documentId, CancellationToken ct = default)
        => await db.Set<ContractDocument>().FirstOrDefaultAsync(d => d.Id == documentId && d.ContractId == contractId, ct)
           ?? throw new EntityNotFoundException(typeof(ContractDocument), documentId);

    public async Task<IReadOnlyList<ContractDocument>> ListForContractAsync(Guid contractId, CancellationToken ct = default)
        => await db.Set<ContractDocument>().AsNoTracking()
            .Where(d => d.ContractId == contractId)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .ToListAsync(ct);

    public async Task AddWithContentAsync(ContractDocument document, Stream content, CancellationToken ct = default)
    {
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            db.Add(document);
            await db.SaveChangesAsync(ct);
            var buffer = new byte[ChunkSize];
            var sequence = 0;
            int read;
            while ((read = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, ct)) > 0)
            {
                var chunk = new DocumentContentChunk(document.Id, sequence++, buffer.AsSpan(0, read).ToArray());
                db.Add(chunk);
                await db.SaveChangesAsync(ct);
                // Saved slices are forgotten at once, so the context never holds more than one.
                db.Entry(chunk).State = EntityState.Detached;
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
        }
        catch
        {
            // The rollback took the row away; the context must not go on believing it exists.
            db.Entry(document).State = EntityState.Detached;
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    public Stream OpenContent(ContractDocument document)
    {
        var id = document.Id;
        return new ChunkedContentStream((sequence, ct) => db.Set<DocumentContentChunk>().AsNoTracking()
            .Where(c => c.DocumentId == id && c.Sequence == sequence)
            .Select(c => c.Data)
            .FirstOrDefaultAsync(ct), document.Size);
    }

    public void Delete(ContractDocument document) => db.Remove(document);
}
