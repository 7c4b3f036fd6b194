using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Evidence;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class DailyRollupConfiguration : IEntityTypeConfiguration<DailyRollup>
{
    public void Configure(EntityTypeBuilder<DailyRollup> b)
    {
        b.ToTable("DailyRollups");
        // The natural key is the primary key: a surrogate id would add a column and a second index to every row.
        b.Ignore(r => r.Id);
        b.HasKey(r => new { r.NodeId, r.Day });
        b.Property(r => r.Histogram).IsRequired();
        b.Property(r => r.HourData).IsRequired();
        b.Ignore(r => r.DayEnd);
    }
}
