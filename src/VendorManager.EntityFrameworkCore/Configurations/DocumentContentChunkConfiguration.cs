using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Documents;
using VendorManager.EntityFrameworkCore.Documents;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class DocumentContentChunkConfiguration : IEntityTypeConfiguration<DocumentContentChunk>
{
    public void Configure(EntityTypeBuilder<DocumentContentChunk> b)
    {
        b.ToTable("ContractDocumentContents");
        b.HasKey(c => new { c.DocumentId, c.Sequence });
        b.Property(c => c.Data).IsRequired();
        // Restrict: content is evidence; not even removing its document's row may take it along.
        b.HasOne<ContractDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
