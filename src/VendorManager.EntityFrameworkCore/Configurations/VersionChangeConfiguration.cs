using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class VersionChangeConfiguration : IEntityTypeConfiguration<VersionChange>
{
    public void Configure(EntityTypeBuilder<VersionChange> b)
    {
        b.ToTable("VersionChanges");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.FromIdentifier).IsRequired().HasMaxLength(VersionConsts.MaxIdentifierLength);
        b.Property(c => c.FromVersion).IsRequired().HasMaxLength(VersionConsts.MaxVersionLength);
        b.Property(c => c.ToIdentifier).IsRequired().HasMaxLength(VersionConsts.MaxIdentifierLength);
        b.Property(c => c.ToVersion).IsRequired().HasMaxLength(VersionConsts.MaxVersionLength);
        b.Property(c => c.Evidence).IsRequired().HasMaxLength(VersionConsts.MaxEvidenceTextLength);
        b.Property(c => c.NotificationError).HasMaxLength(VersionConsts.MaxNotificationErrorLength);
        b.Ignore(c => c.From);
        b.Ignore(c => c.To);
        b.HasOne<DicomNode>().WithMany().HasForeignKey(c => c.NodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.NodeId, c.DetectedAt });
        b.HasIndex(c => c.DetectedAt);
    }
}
