using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class StateIntervalConfiguration : IEntityTypeConfiguration<StateInterval>
{
    public void Configure(EntityTypeBuilder<StateInterval> b)
    {
        b.ToTable("EvidenceIntervals");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.ReasonText).HasMaxLength(EvidenceConsts.MaxReasonTextLength);
        b.Property(i => i.PreviousHash).IsRequired().HasMaxLength(EvidenceConsts.HashLength).IsFixedLength();
        b.Property(i => i.Hash).HasMaxLength(EvidenceConsts.HashLength).IsFixedLength();
        b.Ignore(i => i.Duration);

        b.HasOne<DicomNode>().WithMany().HasForeignKey(i => i.NodeId).OnDelete(DeleteBehavior.Restrict);

        // The chain cannot fork: one row per sequence, and at most one open row per node.
        b.HasIndex(i => new { i.NodeId, i.Sequence }).IsUnique();
        b.HasIndex(i => i.NodeId).IsUnique().HasFilter("\"IsSealed\" = FALSE").HasDatabaseName("IX_EvidenceIntervals_NodeId_Open");
        // Uptime windows: rows that end after the window starts.
        b.HasIndex(i => new { i.NodeId, i.To });
    }
}
