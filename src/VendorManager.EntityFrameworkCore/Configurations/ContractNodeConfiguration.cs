using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;
using VendorManager.Nodes;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ContractNodeConfiguration : IEntityTypeConfiguration<ContractNode>
{
    public void Configure(EntityTypeBuilder<ContractNode> b)
    {
        b.ToTable("ContractNodes");
        b.HasKey(n => new { n.ContractId, n.NodeId });
        b.HasOne<DicomNode>().WithMany().HasForeignKey(n => n.NodeId).OnDelete(DeleteBehavior.Restrict);
        // "Which contracts cover this node" is the question SLA reports ask.
        b.HasIndex(n => n.NodeId);
    }
}
