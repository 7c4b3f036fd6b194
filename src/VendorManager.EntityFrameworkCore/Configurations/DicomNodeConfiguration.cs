using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Nodes;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class DicomNodeConfiguration : IEntityTypeConfiguration<DicomNode>
{
    public void Configure(EntityTypeBuilder<DicomNode> b)
    {
        b.ToTable("DicomNodes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Name).IsRequired().HasMaxLength(DicomNodeConsts.MaxNameLength);
        b.Property(n => n.NormalizedName).IsRequired().HasMaxLength(DicomNodeConsts.MaxNameLength);
        b.Property(n => n.AeTitle).IsRequired().HasMaxLength(DicomNodeConsts.MaxAeTitleLength);
        b.Property(n => n.Host).IsRequired().HasMaxLength(DicomNodeConsts.MaxHostLength);
        b.Property(n => n.CallingAeTitle).IsRequired().HasMaxLength(DicomNodeConsts.MaxAeTitleLength);
        b.Property(n => n.Site).HasMaxLength(DicomNodeConsts.MaxSiteLength);
        b.Property(n => n.ExpectedVersion).HasMaxLength(DicomNodeConsts.MaxExpectedVersionLength);
        b.Ignore(n => n.Endpoint);
        b.ConfigureAuditedAggregate();

        b.ComplexProperty(n => n.Probe, p =>
        {
            p.Property(x => x.Kind).HasColumnName("ProbeKind");
            p.Property(x => x.IntervalSeconds).HasColumnName("ProbeIntervalSeconds");
            p.Property(x => x.DegradedLatencyMs).HasColumnName("DegradedLatencyMs");
            p.Property(x => x.DegradedWhenFindFails).HasColumnName("DegradedWhenFindFails");
        });

        b.ComplexProperty(n => n.VersionSource, v =>
        {
            v.Property(x => x.Kind).HasColumnName("VersionSourceKind");
            v.Property(x => x.BaseUrl).HasColumnName("VersionSourceUrl").HasMaxLength(DicomNodeConsts.MaxVersionSourceUrlLength);
            v.Property(x => x.UserName).HasColumnName("VersionSourceUserName").HasMaxLength(DicomNodeConsts.MaxVersionSourceUserNameLength);
            v.Property(x => x.ProtectedPassword).HasColumnName("VersionSourcePassword").HasMaxLength(DicomNodeConsts.MaxProtectedPasswordLength);
        });

        b.HasOne<Vendor>().WithMany().HasForeignKey(n => n.VendorId).OnDelete(DeleteBehavior.Restrict);

        // Unique among nodes not deleted: one registry row per name and per AE at an address.
        b.HasIndex(n => n.NormalizedName).IsUnique().HasFilter("\"IsDeleted\" = FALSE");
        b.HasIndex(n => new { n.Host, n.Port, n.AeTitle }).IsUnique().HasFilter("\"IsDeleted\" = FALSE");
        b.HasIndex(n => n.Site);
    }
}
