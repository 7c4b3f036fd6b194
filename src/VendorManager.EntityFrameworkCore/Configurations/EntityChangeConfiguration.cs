using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Auditing;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> b)
    {
        b.ToTable("EntityChanges");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.RootType).IsRequired().HasMaxLength(128);
        b.Property(e => e.RootId).IsRequired().HasMaxLength(64);
        b.Property(e => e.EntityType).IsRequired().HasMaxLength(128);
        b.Property(e => e.EntityId).IsRequired().HasMaxLength(64);
        b.Property(e => e.ChangedByName).HasMaxLength(256);
        b.HasMany(e => e.PropertyChanges).WithOne().HasForeignKey(p => p.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.PropertyChanges).HasField("_propertyChanges").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(e => new { e.RootType, e.RootId, e.ChangedAt });
    }
}

internal sealed class EntityPropertyChangeConfiguration : IEntityTypeConfiguration<EntityPropertyChange>
{
    public void Configure(EntityTypeBuilder<EntityPropertyChange> b)
    {
        b.ToTable("EntityPropertyChanges");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.PropertyName).IsRequired().HasMaxLength(128);
        b.Property(e => e.OriginalValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
        b.Property(e => e.NewValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
    }
}
