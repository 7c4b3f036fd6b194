using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Contracts;

namespace VendorManager.EntityFrameworkCore.Configurations;

internal sealed class ContractReminderDispatchConfiguration : IEntityTypeConfiguration<ContractReminderDispatch>
{
    public void Configure(EntityTypeBuilder<ContractReminderDispatch> b)
    {
        b.ToTable("ContractReminderDispatches");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Key).IsRequired().HasMaxLength(ContractReminderConsts.MaxKeyLength);
        b.Property(d => d.MessageId).IsRequired().HasMaxLength(ContractReminderConsts.MaxMessageIdLength);
        b.Property(d => d.LastError).HasMaxLength(ContractReminderConsts.MaxErrorLength);
        b.Property(d => d.Note).HasMaxLength(ContractReminderConsts.MaxNoteLength);
        b.PrimitiveCollection(d => d.Recipients).HasField("_recipients").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        // Every transition bumps it: the conditional UPDATE that claims an attempt for one instance only.
        b.Property(d => d.Revision).IsConcurrencyToken();
        b.Ignore(d => d.IsOpen);
        // Contracts are only ever soft deleted, so the log outlives nothing it refers to.
        b.HasOne<Contract>().WithMany().HasForeignKey(d => d.ContractId).OnDelete(DeleteBehavior.Restrict);

        // Once per reminder, whichever instance or run records it first.
        b.HasIndex(d => d.Key).IsUnique();
        b.HasIndex(d => new { d.ContractId, d.DueOn });
        // Every run looks for the few rows not settled yet; sent and cancelled ones pile up outside this index.
        b.HasIndex(d => d.State).HasFilter("\"State\" IN (0, 1, 3)");
    }
}
