using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Entities;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal static class AuditedAggregateConfiguration
{
    public static void ConfigureAuditedAggregate<T>(this EntityTypeBuilder<T> b) where T : AggregateRoot<Guid>
    {
        b.Property(e => e.ConcurrencyStamp).IsRequired().HasMaxLength(40).IsConcurrencyToken();
        b.Property(e => e.CreatedAt).IsRequired();
        b.Property(e => e.IsDeleted).IsRequired().HasDefaultValue(false);
    }
}
