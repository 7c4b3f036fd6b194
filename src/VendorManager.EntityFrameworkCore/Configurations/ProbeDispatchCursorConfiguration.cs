using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Evidence;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ProbeDispatchCursorConfiguration : IEntityTypeConfiguration<ProbeDispatchCursor>
{
    public void Configure(EntityTypeBuilder<ProbeDispatchCursor> b)
    {
        b.ToTable("ProbeDispatchCursors");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
    }
}
