using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ContractTermConfiguration : IEntityTypeConfiguration<ContractTerm>
{
    public void Configure(EntityTypeBuilder<ContractTerm> b)
    {
        b.ToTable("ContractTerms");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.Start).IsRequired();
        b.Property(t => t.End).IsRequired();
        // Two roll-overs racing on one contract must not both add term N.
        b.HasIndex(t => new { t.ContractId, t.Sequence }).IsUnique();
    }
}
