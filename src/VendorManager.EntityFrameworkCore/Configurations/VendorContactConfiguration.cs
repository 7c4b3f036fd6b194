using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class VendorContactConfiguration : IEntityTypeConfiguration<VendorContact>
{
    public void Configure(EntityTypeBuilder<VendorContact> b)
    {
        b.ToTable("VendorContacts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).IsRequired().HasMaxLength(VendorConsts.MaxContactNameLength);
        b.Property(c => c.Role).HasMaxLength(VendorConsts.MaxContactRoleLength);
        b.Property(c => c.Email).HasMaxLength(VendorConsts.MaxContactEmailLength);
        b.Property(c => c.Phone).HasMaxLength(VendorConsts.MaxContactPhoneLength);
        b.HasIndex(c => c.VendorId);
    }
}
