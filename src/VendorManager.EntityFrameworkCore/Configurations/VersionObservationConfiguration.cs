using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Nodes;
using VendorManager.Versions;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class VersionObservationConfiguration : IEntityTypeConfiguration<VersionObservation>
{
    public void Configure(EntityTypeBuilder<VersionObservation> b)
    {
        b.ToTable("VersionObservations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Identifier).IsRequired().HasMaxLength(VersionConsts.MaxIdentifierLength);
        b.Property(o => o.Version).IsRequired().HasMaxLength(VersionConsts.MaxVersionLength);
        b.Ignore(o => o.NodeVersion);
        b.HasOne<DicomNode>().WithMany().HasForeignKey(o => o.NodeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.NodeId, o.Source, o.Identifier, o.Version }).IsUnique();
    }
}
