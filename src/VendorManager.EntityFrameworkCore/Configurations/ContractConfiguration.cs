using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;
using VendorManager.Identity;
using VendorManager.Vendors;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    /// <summary>Money: four decimals carry any currency's minor unit and a fee per period worked out from a yearly one.</summary>
    private const int MoneyPrecision = 18;
    private const int MoneyScale = 4;

    public void Configure(EntityTypeBuilder<Contract> b)
    {
        b.ToTable("Contracts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Number).IsRequired().HasMaxLength(ContractConsts.MaxNumberLength);
        b.Property(c => c.NormalizedNumber).IsRequired().HasMaxLength(ContractConsts.MaxNumberLength);
        b.Property(c => c.Title).HasMaxLength(ContractConsts.MaxTitleLength);
        b.Property(c => c.Value).HasPrecision(MoneyPrecision, MoneyScale);
        b.Property(c => c.FeePerMeasurementPeriod).HasPrecision(MoneyPrecision, MoneyScale);
        b.Property(c => c.Currency).HasMaxLength(ContractConsts.CurrencyLength);
        b.Property(c => c.TimeZoneId).IsRequired().HasMaxLength(ContractConsts.MaxTimeZoneIdLength);
        b.Property(c => c.TerminationReason).HasMaxLength(ContractConsts.MaxTerminationReasonLength);
        b.ConfigureAuditedAggregate();

        b.ComplexProperty(c => c.RenewalPeriod, p =>
        {
            p.Property(x => x.Count).HasColumnName("RenewalPeriodCount");
            p.Property(x => x.Unit).HasColumnName("RenewalPeriodUnit");
        });
        b.ComplexProperty(c => c.NoticePeriod, p =>
        {
            p.Property(x => x.Count).HasColumnName("NoticePeriodCount");
            p.Property(x => x.Unit).HasColumnName("NoticePeriodUnit");
        });
        b.PrimitiveCollection(c => c.ReminderLeadDays).HasField("_reminderLeadDays").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        b.ComplexProperty(c => c.Sla, SlaTermsMapping.Configure);

        // The listing (see ContractListing): plain columns, because lists filter and sort on them.
        b.Ignore(c => c.Listing);
        b.Property(c => c.ListedStatus).HasColumnName("Status");
        b.Property(c => c.ListedNextNoticeDeadline).HasColumnName("NextNoticeDeadline");
        b.Property(c => c.ListedEndsOn).HasColumnName("EndsOn");
        b.Property(c => c.ListingValidUntilUtc).HasColumnName("StatusValidUntilUtc");

        b.HasMany(c => c.Terms).WithOne().HasForeignKey(t => t.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Terms).HasField("_terms").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.CoveredNodes).WithOne().HasForeignKey(n => n.ContractId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.CoveredNodes).HasField("_coveredNodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Vendor>().WithMany().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Restrict);
        // Users are deactivated, never deleted; the key keeps an owner from vanishing under a contract.
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // Unique among contracts not deleted: a deleted contract's number can be used again.
        b.HasIndex(c => new { c.VendorId, c.NormalizedNumber }).IsUnique().HasFilter("\"IsDeleted\" = FALSE");
        b.HasIndex(c => c.NormalizedNumber);
        b.HasIndex(c => c.OwnerId);
        b.HasIndex(c => c.ListedStatus);
        b.HasIndex(c => c.ListedNextNoticeDeadline);
        b.HasIndex(c => c.ListingValidUntilUtc);
    }
}
