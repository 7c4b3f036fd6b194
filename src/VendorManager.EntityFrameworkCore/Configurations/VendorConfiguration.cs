using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> b)
    {
        b.ToTable("Vendors");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Name).IsRequired().HasMaxLength(VendorConsts.MaxNameLength);
        b.Property(v => v.NormalizedName).IsRequired().HasMaxLength(VendorConsts.MaxNameLength);
        b.Property(v => v.Kinds).IsRequired();
        b.Property(v => v.Website).HasMaxLength(VendorConsts.MaxWebsiteLength);
        b.Property(v => v.Phone).HasMaxLength(VendorConsts.MaxPhoneLength);
        b.Property(v => v.Notes).HasMaxLength(VendorConsts.MaxNotesLength);
        b.ConfigureAuditedAggregate();

        b.ComplexProperty(v => v.RemoteSupport, rs =>
        {
            rs.Property(r => r.Method).HasColumnName("RemoteSupportMethod");
            rs.Property(r => r.Details).HasColumnName("RemoteSupportDetails").HasMaxLength(VendorConsts.MaxRemoteSupportDetailsLength);
            rs.Property(r => r.RequiresApprovalPerSession).HasColumnName("RemoteSupportRequiresApproval");
        });

        b.HasMany(v => v.Contacts).WithOne().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(v => v.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Unique among vendors that are not deleted: a deleted vendor's name can be reused.
        b.HasIndex(v => v.NormalizedName).IsUnique().HasFilter("\"IsDeleted\" = FALSE");
        b.HasIndex(v => v.CreatedAt);
    }
}
