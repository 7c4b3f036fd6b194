using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Evidence;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class RawSampleBlockConfiguration : IEntityTypeConfiguration<RawSampleBlock>
{
    public void Configure(EntityTypeBuilder<RawSampleBlock> b)
    {
        b.ToTable("RawSampleBlocks");
        b.Ignore(r => r.Id);
        b.HasKey(r => new { r.NodeId, r.HourStart });
        b.Property(r => r.Data).IsRequired();
        b.Ignore(r => r.HourEnd);
        // The retention prune deletes by hour across all nodes.
        b.HasIndex(r => r.HourStart);
    }
}
