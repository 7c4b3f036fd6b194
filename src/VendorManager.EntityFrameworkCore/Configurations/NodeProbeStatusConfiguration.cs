using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Evidence;
using VendorManager.Nodes;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class NodeProbeStatusConfiguration : IEntityTypeConfiguration<NodeProbeStatus>
{
    public void Configure(EntityTypeBuilder<NodeProbeStatus> b)
    {
        b.ToTable("NodeProbeStatuses");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasColumnName("NodeId").ValueGeneratedNever();
        b.Ignore(s => s.NodeId);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.Property(s => s.LastReasonText).HasMaxLength(EvidenceConsts.MaxReasonTextLength);
        b.Property(s => s.LastImplementationClassUid).HasMaxLength(EvidenceConsts.MaxImplementationClassUidLength);
        b.Property(s => s.LastImplementationVersionName).HasMaxLength(EvidenceConsts.MaxImplementationVersionNameLength);
        b.HasOne<DicomNode>().WithOne().HasForeignKey<NodeProbeStatus>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
