using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;
using VendorManager.Documents;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ContractDocumentConfiguration : IEntityTypeConfiguration<ContractDocument>
{
    public void Configure(EntityTypeBuilder<ContractDocument> b)
    {
        b.ToTable("ContractDocuments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Title).IsRequired().HasMaxLength(DocumentConsts.MaxTitleLength);
        b.Property(d => d.FileName).IsRequired().HasMaxLength(DocumentConsts.MaxFileNameLength);
        b.Property(d => d.ContentType).IsRequired().HasMaxLength(DocumentConsts.MaxContentTypeLength);
        b.Property(d => d.Sha256).IsRequired().HasMaxLength(DocumentConsts.Sha256HexLength);
        b.Ignore(d => d.Format);
        b.Ignore(d => d.DownloadFileName);
        b.ConfigureAuditedAggregate();

        b.HasOne<Contract>().WithMany().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.ContractId);
    }
}
